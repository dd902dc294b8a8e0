package org.dostap.data.output;

import java.util.ArrayList;
import java.util.List;

/**
 * One table of a workbook (or an Excel CSV): a name, column headers already in the reader's language, and rows whose
 * cells are {@link String} (text, codes included: EKATTE {@code 00196} stays text), {@link Number}, {@link Boolean}
 * (written as Да/Не or Yes/No) or null (empty).
 */
public record Sheet(String name, List<String> headers, List<List<Object>> rows) {
    public Sheet {
        headers = List.copyOf(headers);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> r : rows) {
            if (r.size() != headers.size())
                throw new IllegalArgumentException("sheet " + name + ": a row has " + r.size() + " cells, the header " + headers.size());
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = List.copyOf(copy);
    }
}
