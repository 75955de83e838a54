package no.kompetansemidler.events.needs;

/** Whose staff a partnership's measures are for ("målgruppe"). */
public enum TargetGroup {
    /** Kindergarten-based measures ("barnehagebasert"). */
    KINDERGARTEN,
    /** School-based measures ("skolebasert"). */
    SCHOOL,
    /** Both, or the wider team around the child ("laget rundt barnet"). */
    BOTH
}
