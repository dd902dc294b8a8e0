package org.dostap.web.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads a CSV the commands write (UTF-8 with a byte-order mark, CRLF: CsvTableWriter), the mark checked and removed. */
final class CsvFiles {
    private CsvFiles() { }

    static String text(Path csv) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).as(csv + " starts with the byte-order mark").startsWith("\uFEFF");
        return text.substring(1);
    }

    static List<String> lines(Path csv) throws IOException {
        return text(csv).lines().toList();
    }

    static Reader reader(Path csv) throws IOException {
        return new StringReader(text(csv));
    }
}
