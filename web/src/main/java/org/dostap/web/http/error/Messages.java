package org.dostap.web.http.error;

import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's problem messages in the caller's language: English by default (API clients), Bulgarian when the request
 * says {@code Accept-Language: bg} (the page sends its language). A catalogue of the English wordings (patterns, the
 * variable parts captured) and their Bulgarian templates; a message not in the catalogue stays English. Parts of a
 * message are translated one by one (a summary "2 problems:\n  - field: message" translates each listed message).
 */
public final class Messages {
    /** decimalComma: the numbers the message carries are written with a decimal comma (536.93 becomes 536,93). */
    private record Entry(Pattern english, String bulgarian, boolean decimalComma) { }

    private static final List<Entry> CATALOGUE = new ArrayList<>();

    static {
        e("(\\d+) problems:", "$1 проблема:");
        e("unknown service type '(.*)'; one of: (.*)", "непознат вид услуга „$1“; възможни: $2");
        e("service type is missing; one of: (.*)", "липсва вид услуга; възможни: $1");
        e("unknown population column '(.*)'; available: (.*)", "непозната колона на населението „$1“; налични: $2");
        e("threshold must be 1 to 180 minutes, got (.*)", "прагът трябва да е от 1 до 180 минути, а е $1");
        // the limits policy (engine/common/Limits): "must be 1 to 1440 min, got 0"
        e("must be (\\S+) to (\\S+) min, got (.*)", "трябва да е от $1 до $2 мин., а е $3");
        e("must be (\\S+) to (\\S+) s, got (.*)", "трябва да е от $1 до $2 с, а е $3");
        e("must be (\\S+) to (\\S+) weeks, got (.*)", "трябва да е от $1 до $2 седмици, а е $3");
        e("must be (\\S+) to (\\S+) h, got (.*)", "трябва да е от $1 до $2 ч, а е $3");
        e("must be (\\S+) to (\\S+), got (.*)", "трябва да е от $1 до $2, а е $3");
        e("must be (\\S+) to (\\S+) teams, got (.*)", "трябва да е от $1 до $2 екипа, а е $3");
        e("must be (\\S+) to (\\S+) days, got (.*)", "трябва да е от $1 до $2 дни, а е $3");
        e("must be (\\S+) to (\\S+) sites, got (.*)", "трябва да е от $1 до $2 места, а е $3");
        e("must be (\\S+) to (\\S+) thresholds, got (.*)", "трябва да е от $1 до $2 прага, а е $3");
        e("must be (\\S+) to (\\S+) edits, got (.*)", "трябва да е от $1 до $2 промени, а е $3");
        e("must be (\\S+) to (\\S+) characters, got (.*)", "трябва да е от $1 до $2 знака, а е $3");
        e("must be (\\S+) to (\\S+) settlements, got (.*)", "трябва да е от $1 до $2 селища, а е $3");
        e("must be (\\S+) to (\\S+) plans, got (.*)", "трябва да е от $1 до $2 плана, а е $3");
        // the engine's problems (mobile, optimize, scenario edits, region): the same wording in Bulgarian
        e("give one base for every team or one base per team: (\\d+) teams, (\\d+) bases",
                "задайте една база за всички екипи или по една за всеки екип: $1 екипа, $2 бази");
        e("give either base \\(every team at one base\\) or bases \\(one per team\\), not both",
                "задайте или една база (за всички екипи), или бази (по една за екип), не и двете");
        e("a team's base is blank; name a facility id for every team", "базата на екип е празна; посочете център за всеки екип");
        e("no facility with id '(.*)' in region (\\S+); the base must be one of the region's facilities",
                "няма център с код „$1“ в област $2; базата трябва да е един от центровете на областта");
        e("no facility with id '(.*)' in region (\\S+); facilities of (.*): (.*)", "няма център с код „$1“ в област $2; центрове за $3: $4");
        e("no facility with id '(.*)' in region (\\S+)", "няма център с код „$1“ в област $2");
        e("no facility with id '(.*)'", "няма център с код „$1“");
        e("no settlement with id '(.*)' in region (\\S+)", "няма селище с код „$1“ в област $2");
        e("region (\\S+) has no facility a team could be based at; add a centre or give a base",
                "в област $1 няма център, от който да тръгва екип; добавете център или посочете база");
        e("time window for unknown settlement '(.*)'", "часови прозорец за непознато селище „$1“");
        e("visit interval for unknown settlement '(.*)'", "интервал на посещенията за непознато селище „$1“");
        e("time on site for unknown settlement '(.*)'", "време на място за непознато селище „$1“");
        e("time on site must not be negative", "времето на място не може да е отрицателно");
        e("time on site of settlement '(.*)' must not be negative", "времето на място в селище „$1“ не може да е отрицателно");
        e("unknown service type '(.*)'; known: (.*)", "непознат вид услуга „$1“; възможни: $2");
        e("unknown service type '(.*)'", "непознат вид услуга „$1“");
        e("Unknown service type '(.*)'\\. Known types: (.*)", "Непознат вид услуга „$1“. Възможни: $2");
        e("Unknown population column '(.*)'\\. Available: (.*)", "Непозната колона на населението „$1“. Налични: $2");
        e("the working day must be between 1 minute and 24 hours, got (.*) s", "работният ден трябва да е между 1 минута и 24 часа, а е $1 с");
        e("a visit every (\\d+) weeks is longer than the planning horizon of (\\d+) weeks; lengthen the horizon or visit more often",
                "посещение през $1 седмици е по-дълго от периода на планиране от $2 седмици; удължете периода или посещавайте по-често");
        e("the horizon of (\\d+) weeks is not a multiple of the visit interval of (\\d+) weeks, so visits could not be spaced evenly; use a horizon of (\\d+) weeks",
                "периодът от $1 седмици не е кратен на интервала от $2 седмици и посещенията не могат да са равномерни; изберете период от $3 седмици");
        e("the working day of (.*) is shorter than the nearest visit: (.*) \\((\\S+)\\) needs (.*) \\(round trip (.*) \\+ (.*) on site\\); lengthen the day or choose a nearer base",
                "работният ден от $1 е по-кратък от най-близкото посещение: $2 ($3) изисква $4 (отиване и връщане $5 + $6 на място); удължете деня или изберете по-близка база");
        e("give at least one candidate base", "посочете поне една възможна база");
        e("compare at least 1 team, got (.*)", "сравнете поне 1 екип, а са $1");
        e("give at least one visit interval", "посочете поне един интервал на посещенията");
        e("the candidate set is empty: give at least one candidate site", "няма възможни места: посочете поне едно");
        e("every candidate site is closed: nothing can be opened", "всички възможни места са затворени: нищо не може да се открие");
        e("the number of sites must be at least 1, got (.*)", "броят на местата трябва да е поне 1, а е $1");
        e("cannot open (\\d+) sites \\((\\d+) existing kept open \\+ (\\d+) new\\): only (\\d+) candidate sites may be opened and (\\d+) of them are the existing ones, so at most (-?\\d+) new; ask for fewer new sites or give more candidates",
                "не могат да се открият $1 места ($2 запазени съществуващи + $3 нови): могат да се открият само $4 възможни места и $5 от тях са съществуващите, така че най-много $6 нови; поискайте по-малко нови места или дайте повече възможни места");
        e("cannot open (\\d+) sites: only (\\d+) candidate sites may be opened", "не могат да се открият $1 места: могат да се открият само $2 възможни места");
        e("(\\d+) sites requested but (\\d+) sites are fixed open \\(existing\\); ask for at least (\\d+)",
                "поискани са $1 места, а $2 вече са отворени (съществуващи); поискайте поне $3");
        e("site (.*) is both fixed open and closed", "мястото $1 е едновременно задължително отворено и затворено");
        e("cannot be reached from any candidate site; remove it or add a candidate that reaches it",
                "не се достига от нито едно възможно място; махнете го или добавете възможно място, което го достига");
        e("cannot be reached from any candidate site", "не се достига от нито едно възможно място");
        e("cannot reach any of the (\\d+) chosen sites; open more sites or add candidates near it",
                "не достига нито едно от $1-те избрани места; отворете повече места или добавете възможни места наблизо");
        e("cannot be reached within (.*) from any candidate site; no set of sites covers every demand point",
                "не се достига в рамките на $1 от нито едно възможно място; никой избор на места не обхваща всички");
        e("needs more than the largest site capacity \\((.*)\\) on its own: raise the capacity to at least its demand",
                "само то надхвърля най-големия капацитет на място ($1): вдигнете капацитета поне до нуждата му");
        e("\\.\\.\\. and (\\d+) more demand points with the same problem", "... и още $1 селища със същия проблем");
        e("only (.*) of (.*) people \\((.*)\\) can be within (.*) of any allowed host; the required share is (.*)",
                "само $1 от $2 души ($3) могат да са в рамките на $4 от допустим домакин; изискваният дял е $5");
        // capacitated p-median (CapacitatedPMedianProblem, SplitCapacitatedMedian): more demand than the sites could take
        decimals("The total demand (\\S+) exceeds the capacity of the (\\d+) fixed-open sites and the (\\d+) largest others together \\((\\S+)\\): open more sites or raise capacities\\.",
                "Общото търсене $1 надхвърля капацитета на $2-те отворени (запазени) места и $3-те най-големи от останалите заедно ($4): открийте повече места или увеличете капацитета.");
        decimals("The total demand (\\S+) exceeds the capacity of the (\\d+) largest sites together \\((\\S+)\\): open more sites or raise capacities\\.",
                "Общото търсене $1 надхвърля капацитета на $2-те най-големи места заедно ($3): открийте повече места или увеличете капацитета.");
        e("capacitated coverage needs a capacity for every candidate site", "обхватът с капацитет изисква капацитет за всяко възможно място");
        e("capacitated p-median needs a capacity for every candidate site", "p-медианата с капацитет изисква капацитет за всяко възможно място");
        e("Unknown problem '(.*)'\\. Known problems: (.*)\\.", "Непозната задача „$1“. Възможни: $2.");
        e("facility id is missing", "липсва код на център");
        e("a facility with id '(.*)' already exists", "вече има център с код „$1“");
        e("capacity must not be negative, got (.*)", "капацитетът не може да е отрицателен, а е $1");
        e("location is missing", "липсва местоположение");
        e("Scenario name is required\\.", "Сценарият трябва да има име.");
        e("Scenario name is longer than 200 characters\\.", "Името на сценария е по-дълго от 200 знака.");
        e("Time window \\[(.*) s, (.*) s\\] is empty or negative\\.", "Часовият прозорец [$1 с, $2 с] е празен или обратен.");
        e("must be more than 0 and at most 180 minutes, got (.*)", "трябва да е над 0 и най-много 180 минути, а е $1");
        e("must be more than 0 and at most 24, got (.*)", "трябва да е над 0 и най-много 24, а е $1");
        e("must be 0 to 600 minutes, got (.*)", "трябва да е от 0 до 600 минути, а е $1");
        e("must be 0 to 600 seconds, got (.*)", "трябва да е от 0 до 600 секунди, а е $1");
        e("at most 10 teams per plan, got (.*)", "най-много 10 екипа в план, а са $1");
        e("at most 6 thresholds, got (.*)", "най-много 6 прага, а са $1");
        e("not a clock time HH:MM: '(.*)'", "не е час във вида ЧЧ:ММ: „$1“");
        e("give either frequency_weeks or frequency_by_population, not both", "задайте или интервал на посещенията, или интервали по брой жители, не и двете");
        e("the earlier population column is missing \\(e\\.g\\. pop_2011\\)", "липсва по-ранната колона на населението (напр. pop_2011)");
        e("a scenario name is required", "сценарият трябва да има име");
        e("the name is longer than 200 characters", "името е по-дълго от 200 знака");
        e("the author is longer than 100 characters", "авторът е по-дълъг от 100 знака");
        e("the version you loaded is required, so that nobody's changes are overwritten", "нужна е версията, която сте заредили, за да не се презапишат чужди промени");
        e("candidates must be one of \\[(.*)\\], got '(.*)'", "възможните места трябва да са едно от [$1], а са „$2“");
        e("the capacity of a centre must be at least 1 person, got (.*)", "капацитетът на център трябва да е поне 1 човек, а е $1");
        e("problem (.*) needs the capacity of a centre \\(people it can serve\\)", "задачата $1 изисква капацитет на център (колко души може да обслужва)");
        e("problem (.*) needs the number of new sites", "задачата $1 изисква брой нови места");
        e("new sites must be (\\d+) to 500, got (.*)", "новите места трябва да са от $1 до 500, а са $2");
        e("(\\d+) new sites but only (\\d+) candidates \\((.*)\\) in the partner municipalities", "$1 нови места, а възможните места ($3) в общините партньори са само $2");
        e("(\\d+) new sites but only (\\d+) candidates \\((.*)\\)", "$1 нови места, а възможните места ($3) са само $2");
        e("time limit must be 1 to (\\d+) s, got (.*)", "времето за решаване трябва да е от 1 до $1 s, а е $2");
        e("the minimum share must be 0 to 100 %, got (.*)", "минималният дял трябва да е от 0 до 100 %, а е $1");
        e("the cost of a centre \\(EUR\\) must not be negative, got (.*)", "разходът за център (EUR) не може да е отрицателен, а е $1");
        e("no municipality '(.*)' in region (.*); codes such as (.*)", "няма община „$1“ в област $2; кодове като $3");
        e("unknown problem '(.*)'; one of: (.*)", "непозната задача „$1“; възможни: $2");
        e("the problem is missing; one of: (.*)", "липсва задача; възможни: $1");
        e("No facility with id '(.*)' in region (.*); the base must be one of the region's facilities\\.",
                "Няма център с код „$1“ в област $2; базата трябва да е един от центровете на областта.");
        e("No optimization job with id '(.*)' \\(finished jobs are kept for the last (\\d+) runs\\)\\.",
                "Няма оптимизация с код „$1“ (пазят се последните $2 изпълнения).");
        e("The optimization job '(.*)' has no result to export \\(status: (.*)\\); export it when the run is done\\.",
                "Оптимизацията „$1“ още няма резултат за изтегляне (състояние: $2); изтеглете го, когато приключи.");
        e("No scenario with id '(.*)'\\.?(.*)", "Няма сценарий с код „$1“.$2");
        e("No settlement with id '(.*)' in region (.*)\\.", "Няма селище с код „$1“ в област $2.");
        e("Unknown region '(.*)'(.*)", "Непозната област „$1“$2");
        e("The optimizer is busy \\((\\d+) runs waiting\\)\\. Try again in a minute, or cancel a run you no longer need\\.",
                "Оптимизаторът е зает ($1 изпълнения чакат). Опитайте пак след минута или откажете изпълнение, което не ви трябва.");
        e("The request is too large\\. Send fewer scenario edits at a time\\.", "Заявката е твърде голяма. Изпращайте по-малко промени наведнъж.");
        e("Something went wrong on the server \\(reference (.*)\\)\\. Nothing was changed\\. Please try again; if it persists, tell the operator the reference\\.",
                "Нещо се обърка на сървъра (номер $1). Нищо не е променено. Опитайте пак; ако се повтаря, съобщете номера на администратора.");
        e("The optimization failed on the server \\(reference (.*)\\)\\. Nothing was changed\\. Please try again; if it persists, tell the operator the reference\\.",
                "Оптимизацията се провали на сървъра (номер $1). Нищо не е променено. Опитайте пак; ако се повтаря, съобщете номера на администратора.");
        e("No such endpoint: (.*)\\. See /api/openapi\\.json for the API\\.", "Няма такъв адрес: $1. Вижте /api/openapi.json.");
        e("Endpoint (.*) not found", "Няма такъв адрес: $1. Вижте /api/openapi.json.");
    }

    private Messages() { }

    private static void e(String english, String bulgarian) { CATALOGUE.add(new Entry(Pattern.compile(english), bulgarian, false)); }

    private static void decimals(String english, String bulgarian) { CATALOGUE.add(new Entry(Pattern.compile(english), bulgarian, true)); }

    private static final Pattern DECIMAL_POINT = Pattern.compile("(\\d)\\.(\\d)");

    /** Bulgarian when the request's {@code Accept-Language} starts with bg (its first language), else English. */
    public static boolean bulgarian(Context ctx) {
        String h = ctx.header("Accept-Language");
        return h != null && h.trim().toLowerCase(Locale.ROOT).startsWith("bg");
    }

    /** {@code body} with its message and every problem's message in Bulgarian when asked for; otherwise as it is. */
    public static ErrorJson localize(ErrorJson body, Context ctx) {
        if (body == null || !bulgarian(ctx)) return body;
        List<ErrorJson.ProblemJson> problems = body.problems() == null ? null : body.problems().stream()
                .map(p -> new ErrorJson.ProblemJson(p.field(), p.row(), toBulgarian(p.message()))).toList();
        return new ErrorJson(body.error(), toBulgarian(body.message()), problems);
    }

    /** Each line, and after a leading {@code field: } or {@code - field: } each message, through the catalogue. */
    static String toBulgarian(String message) {
        if (message == null) return null;
        StringBuilder out = new StringBuilder();
        String[] lines = message.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) out.append('\n');
            out.append(line(lines[i]));
        }
        return out.toString();
    }

    private static final Pattern PREFIX = Pattern.compile("^(\\s*-?\\s*(?:[\\w\\[\\].]+(?:, row \\d+)?: )?)(.*)$", Pattern.DOTALL);

    private static String line(String line) {
        String whole = translate(line);
        if (whole != null) return whole;
        Matcher m = PREFIX.matcher(line);
        if (m.matches() && !m.group(1).isEmpty()) {
            String rest = translate(m.group(2));
            if (rest != null) return m.group(1).replace(", row ", ", ред ") + rest;
        }
        return line;
    }

    private static String translate(String text) {
        for (Entry e : CATALOGUE) {
            Matcher m = e.english().matcher(text);
            if (!m.matches()) continue;
            String out = m.replaceFirst(e.bulgarian().replace("\\", "\\\\"));
            return e.decimalComma() ? DECIMAL_POINT.matcher(out).replaceAll("$1,$2") : out;
        }
        return null;
    }
}
