package no.kompetansemidler.events.needs;

/** The kinds of expertise the regulation allows as an owner's partner. */
public enum PartnerKind {
    /** University or university college ("UH"). */
    UNIVERSITY_OR_COLLEGE,
    /** Vocational college ("fagskole"). */
    VOCATIONAL_COLLEGE,
    /** Other expertise ("annet kompetansemiljø"). */
    OTHER_EXPERTISE
}
