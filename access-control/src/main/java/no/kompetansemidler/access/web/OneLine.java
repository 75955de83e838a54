package no.kompetansemidler.access.web;

import java.util.regex.Pattern;

/**
 * The one definition of "one line of text" for what enters outside a command body (token claims, query parameters,
 * path variables): no control character (NUL, line breaks, ...), no line or paragraph separator, no lone UTF-16
 * surrogate. Such text can be stored, logged and echoed safely.
 */
public final class OneLine {

    private static final Pattern ONE_LINE = Pattern.compile("[^\\p{Cc}\\p{Cs}\\u2028\\u2029]*");

    private OneLine() {
    }

    /** Whether the text is one line; the empty text is. */
    public static boolean holds(String text) {
        return ONE_LINE.matcher(text).matches();
    }
}
