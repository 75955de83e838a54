package no.kompetansemidler.events.proposal;

/**
 * Something in the proposal a caseworker and the forum must look at, e.g. {@code guiding-split-not-met} or
 * {@code adjustment-required}.
 */
public record ComplianceFinding(String code, String subject, String message) {
}
