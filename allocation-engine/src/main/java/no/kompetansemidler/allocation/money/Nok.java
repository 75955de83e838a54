package no.kompetansemidler.allocation.money;

/** Formats øre as Norwegian kroner for explanations: 287345000000 øre reads {@code 2 873 450 000,00 kr}. */
public final class Nok {

    private Nok() {
    }

    public static String format(long ore) {
        String kroner = Long.toString(Math.abs(ore / 100));
        long ore100 = Math.abs(ore % 100);
        StringBuilder text = new StringBuilder(kroner.length() * 4 / 3 + 8);
        if (ore < 0) {
            text.append('−');
        }
        for (int i = 0; i < kroner.length(); i++) {
            if (i > 0 && (kroner.length() - i) % 3 == 0) {
                text.append(' ');
            }
            text.append(kroner.charAt(i));
        }
        return text.append(',').append(ore100 < 10 ? "0" : "").append(ore100).append(" kr").toString();
    }
}
