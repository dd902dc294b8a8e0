package org.dostap.web.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One default language for every command's documents: Bulgarian, as the page (coverage said en). */
class LanguageDefaultTest {
    @TempDir Path tmp;

    @Test
    void everyCommandWithLangDefaultsToBulgarianAndSaysSoInItsHelp() {
        List<String> withLang = new ArrayList<>();
        for (var e : DostapCommand.commandLine().getSubcommands().entrySet()) {
            CommandLine.Model.OptionSpec lang = e.getValue().getCommandSpec().findOption("--lang");
            if (lang == null) continue;
            withLang.add(e.getKey());
            assertThat(lang.defaultValue()).as(e.getKey() + " --lang").isEqualTo("bg");
            assertThat(CliRun.of(e.getKey(), "--help").out()).as(e.getKey() + " --help").contains("bg or en (default: bg)");
        }
        assertThat(withLang).contains("coverage", "indicators", "report");
    }

    @Test
    void coverageWritesBulgarianWithoutLangAndRejectsAnUnknownOne() throws Exception {
        Path out = tmp.resolve("cov");
        CliRun run = CliRun.run("coverage", "--region", "SML", "--service", "crisis", "--excel-csv", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(CsvFiles.lines(out.resolve("settlements-excel.csv")).get(0)).startsWith("ЕКАТТЕ;Име;");

        Path bad = tmp.resolve("bad");
        CliRun de = CliRun.run("coverage", "--region", "SML", "--service", "crisis", "--lang", "de", "--out", bad.toString());
        assertThat(de.exitCode()).isEqualTo(2);
        assertThat(de.err()).contains("--lang", "unknown language 'de': use bg or en");
        assertThat(bad).doesNotExist();
    }
}
