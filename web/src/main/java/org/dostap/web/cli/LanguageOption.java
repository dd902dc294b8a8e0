package org.dostap.web.cli;

import org.dostap.engine.common.ProblemCollector;

/** The {@code --lang} of the commands that write documents: {@code bg} or {@code en} (any case). */
final class LanguageOption {
    private LanguageOption() {}

    /** Adds a problem at {@code --lang} when {@code lang} is neither bg nor en. */
    static void check(String lang, ProblemCollector problems) {
        if (!lang.equalsIgnoreCase("bg") && !lang.equalsIgnoreCase("en"))
            problems.add(CommandLineProblems.option("--lang"), "unknown language '" + lang + "': use bg or en");
    }
}
