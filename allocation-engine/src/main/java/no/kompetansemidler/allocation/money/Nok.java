package no.kompetansemidler.allocation.money;

/** Formats øre as Norwegian kroner for explanations: 287345000000 øre reads {@code 2 873 450 000,00 kr}. */
public final class Nok {

    /** The longest text: a sign, 17 digits of kroner in six groups, and ",08 kr" ({@link Long#MIN_VALUE}). */
    private static final int LONGEST = 1 + 17 + 5 + 6;

    private Nok() {
    }

    public static String format(long ore) {
        // written from the right into one array: an allocation engine formats some ten thousand amounts a run
        char[] text = new char[LONGEST];
        int at = text.length;
        text[--at] = 'r';
        text[--at] = 'k';
        text[--at] = ' ';
        int hundredths = (int) Math.abs(ore % 100);
        text[--at] = (char) ('0' + hundredths % 10);
        text[--at] = (char) ('0' + hundredths / 10);
        text[--at] = ',';
        long kroner = Math.abs(ore / 100);
        int digits = 0;
        do {
            if (digits > 0 && digits % 3 == 0) {
                text[--at] = ' ';
            }
            text[--at] = (char) ('0' + kroner % 10);
            kroner /= 10;
            digits++;
        } while (kroner > 0);
        if (ore < 0) {
            text[--at] = '−';
        }
        return new String(text, at, text.length - at);
    }
}
