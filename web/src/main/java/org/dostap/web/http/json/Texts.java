package org.dostap.web.http.json;

/** Checks on text that arrives from outside (request fields). */
public final class Texts {
    private Texts() {}

    /**
     * The index of the first control character of {@code text} (C0 controls incl. NUL, tab, CR and LF; DEL; C1
     * controls; line and paragraph separators), or -1: none of them belongs in a name, an id or an author.
     */
    public static int firstControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029') return i;
        }
        return -1;
    }
}
