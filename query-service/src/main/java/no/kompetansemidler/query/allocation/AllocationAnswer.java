package no.kompetansemidler.query.allocation;

import java.util.Map;

import no.kompetansemidler.events.needs.TargetGroup;

/**
 * The allocation view with the needs summed by target group, as caseworkers read it.
 *
 * @param source {@code projection} for the stored view, {@code event-history} for a view as of a moment
 */
public record AllocationAnswer(AllocationView view, Map<TargetGroup, AllocationView.NeedsTotal> needsByTargetGroup,
                               AllocationView.NeedsTotal needsTotal, String source) {

    public static AllocationAnswer of(AllocationView view, String source) {
        return new AllocationAnswer(view, view.needsByTargetGroup(), view.needsTotal(), source);
    }
}
