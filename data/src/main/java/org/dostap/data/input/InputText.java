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
        } catch (NoSuchFileException e) {
            problems.add(source, 0, "", "file not found: " + file);
            return null;
        } catch (IOException e) {
            problems.add(source, 0, "", "cannot be read: " + e.getMessage());
            return null;
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String text;
        try {
            text = decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalidByte(bytes, start);
            problems.add(source, 0, "", "is not UTF-8 text (invalid byte 0x" + String.format("%02X", bytes[offset] & 0xFF)
                    + " on line " + lineOf(bytes, offset) + "); save the file as UTF-8 (in Excel: Save As, \"CSV UTF-8\")");
            return null;
        }
        if (text.isBlank()) {
            problems.add(source, 0, "", "the file is empty");
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
        String source = file.getFileName().toString();
        try {
            java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
            in.mark(3);
            byte[] bom = in.readNBytes(3);
            if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) in.reset();
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            return new java.io.BufferedReader(new java.io.InputStreamReader(in, decoder), 1 << 16);
        } catch (NoSuchFileException e) {
            problems.add(source, 0, "", "file not found: " + file);
            return null;
        } catch (IOException e) {
            problems.add(source, 0, "", "cannot be read: " + e.getMessage());
            return null;
        }
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
            problems.add(file.getFileName().toString(), 0, "", "is not UTF-8 text; save the file as UTF-8 (in Excel: Save As, \"CSV UTF-8\")");
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
