package no.kompetansemidler.allocation.rules;

/**
 * One building block of a county's plan. Rules run in the plan's order on a shared {@link Worksheet}; a rule that
 * moves money takes it from the worksheet's pool, so no rule can hand out more than there is.
 */
public interface AllocationRule {

    /** The rule's name in the plan, shown in the explanation trace. */
    String id();

    void apply(Worksheet sheet);

    /**
     * Whether the rule works on the needs reported. Indicative frames, given before the needs are in, come from the
     * rules that do not.
     */
    default boolean readsNeeds() {
        return false;
    }

    /**
     * Whether the rule reads the reports' profiles (themes, wider target group, coordinator grounds) and the county
     * governor's tie-breakers: then they are inputs of the allocation, and part of its fingerprint.
     */
    default boolean readsProfiles() {
        return false;
    }
}
