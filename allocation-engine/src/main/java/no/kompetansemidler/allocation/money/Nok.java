package no.kompetansemidler.allocation.money;

/** Formats øre as Norwegian kroner for explanations: 287345000000 øre reads {@code 2 873 450 000,00 kr}. */
public final class Nok {

    private Nok() {
    }

    public static String format(long ore) {
        String kroner = String.valueOf(Math.abs(ore / 100));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < kroner.length(); i++) {
            if (i > 0 && (kroner.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(kroner.charAt(i));
        }
        long ore100 = Math.abs(ore % 100);
        return (ore < 0 ? "−" : "") + grouped + "," + (ore100 < 10 ? "0" : "") + ore100 + " kr";
    }
}
