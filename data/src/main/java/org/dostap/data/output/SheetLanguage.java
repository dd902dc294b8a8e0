package org.dostap.data.output;

import java.util.Locale;

/** The language of a workbook's or Excel CSV's headers and yes/no cells: Bulgarian or English (anything else). */
public enum SheetLanguage {
    BG("Да", "Не"), EN("Yes", "No");

    private final String yes;
    private final String no;

    SheetLanguage(String yes, String no) {
        this.yes = yes;
        this.no = no;
    }

    public String yesNo(boolean value) { return value ? yes : no; }

    /** {@code bg} (any case, also {@code bg-BG}) is Bulgarian; null, empty or any other value English. */
    public static SheetLanguage parse(String text) {
        return text != null && text.trim().toLowerCase(Locale.ROOT).startsWith("bg") ? BG : EN;
    }
}
