package org.dostap.web.export;

import org.dostap.data.output.Sheet;
import org.dostap.data.output.SheetLanguage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds one {@link Sheet}: columns by key (titles from {@link Headers}), rows in column order. */
final class Table {
    private final String key;
    private final SheetLanguage lang;
    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    Table(String key, SheetLanguage lang, String... columns) {
        this(key, lang, Arrays.asList(columns));
    }

    Table(String key, SheetLanguage lang, List<String> columns) {
        this.key = key;
        this.lang = lang;
        this.columns = List.copyOf(columns);
    }

    Table row(Object... cells) {
        rows.add(Arrays.asList(cells));
        return this;
    }

    Sheet sheet() {
        return new Sheet(Headers.of(key, lang), columns.stream().map(c -> Headers.of(c, lang)).toList(), rows);
    }
}
