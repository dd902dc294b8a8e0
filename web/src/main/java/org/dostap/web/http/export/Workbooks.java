package org.dostap.web.http.export;

import io.javalin.http.Context;
import org.dostap.data.output.ExcelCsvWriter;
import org.dostap.data.output.Sheet;
import org.dostap.data.output.SheetLanguage;
import org.dostap.data.output.XlsxWorkbookWriter;
import org.dostap.engine.common.SoftwareVersion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Sends workbooks and Excel CSV as downloads; the language from {@code ?lang=bg|en}, else Accept-Language, else English. */
public final class Workbooks {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Workbooks() { }

    /** {@code lang} query parameter (bg, en; anything else English), else the Accept-Language header, else English. */
    public static SheetLanguage language(Context ctx) {
        String lang = ctx.queryParam("lang");
        if (lang != null) return SheetLanguage.parse(lang);
        return SheetLanguage.parse(ctx.header("Accept-Language"));
    }

    public static void xlsx(Context ctx, List<Sheet> sheets, SheetLanguage lang, String fileName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XlsxWorkbookWriter.write(out, sheets, lang, SoftwareVersion.current().label());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        attachment(ctx, fileName);
        ctx.contentType(XLSX).result(out.toByteArray());
    }

    static void excelCsv(Context ctx, Sheet sheet, SheetLanguage lang, String fileName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ExcelCsvWriter.write(out, sheet, lang);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        attachment(ctx, fileName);
        ctx.contentType("text/csv; charset=utf-8").result(out.toByteArray());
    }

    static void attachment(Context ctx, String name) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
    }
}
