package no.kompetansemidler.allocation.input;

/** Whose staff a measure is for ("målgruppe"). */
public enum TargetGroup {
    /** Kindergarten-based measures ("barnehagebaserte tiltak"). */
    KINDERGARTEN,
    /** School-based measures ("skolebaserte tiltak"). */
    SCHOOL,
    /** Both, or the wider team around the child ("laget rundt barnet": PPT, health services, ...). */
    BOTH
}
