package no.kompetansemidler.allocation.result;

/**
 * Something about the allocation a caseworker must look at: a plan guideline not met, a network whose needs
 * exceed its share.
 *
 * @param code    stable identifier, e.g. {@code guiding-split-not-met}
 * @param subject what it concerns (a network, a target group, the whole allocation)
 * @param message the facts in words
 */
public record Finding(String code, String subject, String message) {

    /** A network whose reported needs still exceed what it was given: ask it to adjust and resubmit. */
    public static final String ADJUSTMENT_REQUIRED = "adjustment-required";
}
