package org.dostap.web.cli;

import org.dostap.engine.common.ProblemCollector;

/**
 * The {@code --lang} of the commands that write documents (coverage, indicators, report): {@code bg} or {@code en}
 * (any case); Bulgarian by default for every command, as the page (the users are Bulgarian planners).
 */
final class LanguageOption {
    /** The one default language of every command's documents. */
    static final String DEFAULT = "bg";
    /** The one help text of {@code --lang}, followed by what the language applies to. */
    static final String HELP = "Language: bg or en (default: ${DEFAULT-VALUE}) of ";

    private LanguageOption() {}

    /** Adds a problem at {@code --lang} when {@code lang} is neither bg nor en. */
    static void check(String lang, ProblemCollector problems) {
        if (!lang.equalsIgnoreCase("bg") && !lang.equalsIgnoreCase("en"))
            problems.add(CommandLineProblems.option("--lang"), "unknown language '" + lang + "': use bg or en");
    }
}
