package no.kompetansemidler.events.needs;

/**
 * What the county's own history says of a needs report, recorded with it when it is filed, so the proposal and its
 * verification read the same facts; the form's own answers stay beside them in the content, and the history only
 * raises them (see {@link NeedsReportContent#participatedBefore()}). Where the history is silent (the county has no
 * decided round in the years looked at, e.g. before the system was taken into use), the fact is {@code null}.
 *
 * @param ownersFundedBefore whether any of the report's owners was funded by an earlier decision of the county
 * @param yearsFundedBefore  how many years the work has been funded: 0 for a new work; for a continued measure, the
 *                           years since the deciding round plus what that round's report had behind it
 */
public record FactsFromHistory(Boolean ownersFundedBefore, Integer yearsFundedBefore) {
}
