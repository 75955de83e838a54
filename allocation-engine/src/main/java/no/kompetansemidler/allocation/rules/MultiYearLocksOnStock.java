package no.kompetansemidler.allocation.rules;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import no.kompetansemidler.allocation.money.Nok;
import no.kompetansemidler.allocation.money.Share;

/**
 * Checks the plan's multi-year locks against all the money bound in the year (Troms: "inntil 30 % av midlene låses
 * til 3-årige prosjekter, inntil 20 % til 2-årige, tilnærmet 50 % tildeles for ett år av gangen"): this year's new
 * lines and what earlier decisions' multi-year lines already commit to it, counted by how long each line runs; a
 * line running longer than any lock the plan names counts with the longest (a 4-year project locks at least as much
 * as a 3-year one). The whole is everything bound this year: the distributable funds plus the commitments. Moves no
 * money: which project to shorten is the county governor's call.
 */
public record MultiYearLocksOnStock(String id, Map<Integer, Share> maximumByDuration) implements ComplianceCheck {

    public static final String EXCEEDED = MultiYearLocks.EXCEEDED;

    public MultiYearLocksOnStock {
        maximumByDuration = RuleParameters.sorted(maximumByDuration);
    }

    @Override
    public void apply(Worksheet sheet) {
        Map<Integer, Long> locked = new TreeMap<>();
        sheet.lines().forEach(line -> lockOf(line.years()).ifPresent(years ->
                locked.merge(years, line.amountOre(), Long::sum)));
        sheet.input().commitmentsByDurationOre().forEach((duration, amount) -> lockOf(duration).ifPresent(years ->
                locked.merge(years, amount, Long::sum)));
        long bound = sheet.distributableOre() + sheet.input().commitmentsOre();
        new TreeMap<>(maximumByDuration).forEach((years, maximum) -> {
            long inLock = locked.getOrDefault(years, 0L);
            if (!maximum.allows(inLock, bound)) {
                sheet.find(EXCEEDED, years + "-year projects", Nok.format(inLock) + " of the year's "
                        + Nok.format(bound) + " (new lines and earlier commitments) is locked to " + years
                        + "-year projects: " + Share.between(inLock, bound) + ", above the plan's " + maximum);
            }
        });
    }

    /** The lock a line of this many years counts in: the longest the plan names that it reaches, if any. */
    private Optional<Integer> lockOf(int years) {
        return maximumByDuration.keySet().stream().filter(lock -> lock <= years && lock > 1)
                .max(Integer::compare);
    }
}
