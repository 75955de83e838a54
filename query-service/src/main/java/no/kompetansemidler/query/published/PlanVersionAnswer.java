package no.kompetansemidler.query.published;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One adopted version of a county's plan, as the query API lists it.
 *
 * @param revises  the version it revised, {@code null} for an adoption
 * @param rules    the ids of its rules in order, empty if no document is known for it
 */
public record PlanVersionAnswer(String version, String revises, LocalDate adoptedOn, Integer firstBudgetYear,
                                Integer lastBudgetYear, Instant recordedAt, List<String> rules) {
}
