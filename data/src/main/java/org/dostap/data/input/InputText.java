package org.dostap.data.input;

import org.dostap.engine.common.ProblemCollector;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a user file as strict UTF-8 (a byte-order mark is accepted and dropped). */
final class InputText {
    private InputText() { }

    /** The text, or null after adding a problem (missing, unreadable, empty, or not UTF-8). */
    static String read(Path file, ProblemCollector problems) {
        String source = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return cannotOpen(file, e, problems);
        }
        int start = startsWithBom(bytes, bytes.length) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String text;
        try {
            text = strictUtf8().decode(in).toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalidByte(bytes, start);
            problems.cell(source, 0, "", "is not UTF-8 text (invalid byte 0x" + String.format("%02X", bytes[offset] & 0xFF)
                    + " on line " + lineOf(bytes, offset) + "); save the file as UTF-8 (in Excel: Save As, \"CSV UTF-8\")");
            return null;
        }
        if (text.isBlank()) {
            problems.cell(source, 0, "", "the file is empty");
            return null;
        }
        return text;
    }

    /**
     * The file as a strict UTF-8 reader (a byte-order mark dropped; a bad byte fails the read with a
     * {@link CharacterCodingException}: report it with {@link #notUtf8}), or null after adding a problem (missing or
     * unreadable).
     */
    static java.io.BufferedReader reader(Path file, ProblemCollector problems) {
        try {
            java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
            in.mark(3);
            byte[] bom = in.readNBytes(3);
            if (!startsWithBom(bom, bom.length)) in.reset();
            return new java.io.BufferedReader(new java.io.InputStreamReader(in, strictUtf8()), 1 << 16);
        } catch (IOException e) {
            return cannotOpen(file, e, problems);
        }
    }

    /** A UTF-8 decoder that fails on a bad byte instead of replacing it. */
    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWithBom(byte[] bytes, int length) {
        return length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** Reports a file that could not be opened (missing or unreadable); always null, for the caller to return. */
    private static <T> T cannotOpen(Path file, IOException e, ProblemCollector problems) {
        String source = file.getFileName().toString();
        if (e instanceof NoSuchFileException) problems.cell(source, 0, "", "file not found: " + file);
        else problems.cell(source, 0, "", "cannot be read: " + e.getMessage());
        return null;
    }

    /**
     * The first line that is not blank, leaving {@code reader} where it was (blank lines before it are left for the
     * caller to skip); null when the whole file is blank.
     */
    static String firstNonBlankLine(java.io.BufferedReader reader) throws IOException {
        int limit = 16 << 20;
        reader.mark(limit);
        int read = 0;
        String line;
        try {
            while ((line = reader.readLine()) != null) {
                read += line.length() + 2;
                if (!line.isBlank()) return line;
                if (read > limit / 2) return ""; // a megabyte of blank lines: not empty, let the parser judge
            }
            return null;
        } finally {
            try {
                reader.reset();
            } catch (IOException e) {
                throw new IOException("its first line is longer than " + (limit >> 20) + " million characters (is it a CSV file?)");
            }
        }
    }

    /** The problem for a file that is not UTF-8: the first bad byte and its line (read again to find them). */
    static void notUtf8(Path file, ProblemCollector problems) {
        long before = problems.total();
        read(file, problems);
        if (problems.total() == before)
            problems.cell(file.getFileName().toString(), 0, "", "is not UTF-8 text; save the file as UTF-8 (in Excel: Save As, \"CSV UTF-8\")");
    }

    /** Offset of the first byte that starts an invalid UTF-8 sequence. */
    private static int firstInvalidByte(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (bytes[i] == '\n') line++;
        return line;
    }
}
