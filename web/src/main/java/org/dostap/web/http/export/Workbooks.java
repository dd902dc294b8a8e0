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
import java.util.concurrent.CompletableFuture;

/** Sends workbooks and Excel CSV as downloads; the language from {@code ?lang=bg|en}, else Accept-Language, else Bulgarian. */
public final class Workbooks {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Workbooks() { }

    /**
     * {@code lang} query parameter (bg, en; anything else English), else the Accept-Language header, else Bulgarian:
     * the default of the page, the report and every command (the users are Bulgarian planners).
     */
    public static SheetLanguage language(Context ctx) {
        String lang = ctx.queryParam("lang");
        if (lang != null) return SheetLanguage.parse(lang);
        String accept = ctx.header("Accept-Language");
        if (accept == null || accept.isBlank()) return SheetLanguage.BG;
        return SheetLanguage.parse(accept);
    }

    /** The workbook's bytes (build them on the heavy-work executor: {@link #send}). */
    public static byte[] xlsx(List<Sheet> sheets, SheetLanguage lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XlsxWorkbookWriter.write(out, sheets, lang, SoftwareVersion.current().label());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The sheet as CSV (Excel, ;). */
    static byte[] excelCsv(Sheet sheet, SheetLanguage lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ExcelCsvWriter.write(out, sheet, lang);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A file to download: its bytes and name. */
    public record Download(byte[] bytes, String fileName) { }

    /**
     * Sends the download {@code work} produces (a heavy-work future: the file is built on the executor, never on a
     * Jetty thread); its failure goes to the error mapping.
     */
    public static void send(Context ctx, String contentType, CompletableFuture<Download> work) {
        ctx.future(() -> work.thenAccept(d -> {
            attachment(ctx, d.fileName());
            org.dostap.web.http.work.Etags.send(ctx, contentType, d.bytes());
        }));
    }

    /** A workbook download built by {@code work}. */
    public static void sendXlsx(Context ctx, CompletableFuture<Download> work) {
        send(ctx, XLSX, work);
    }

    static void attachment(Context ctx, String name) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
    }
}
