package no.kompetansemidler.allocation.input;

/** The figures a distribution key ("fordelingsnøkkel") can be built on. */
public enum KeyFigure {
    /**
     * Full-time equivalents ("årsverk") in kindergarten, school, adult education, culture school and PPT, in
     * hundredths (1234.5 FTE = 123450), so the key stays integer.
     */
    FULL_TIME_EQUIVALENTS,
    /** Pupils ("elevtall", apprentices included) plus children in kindergarten ("barnetall"). */
    PUPILS_AND_CHILDREN
}
