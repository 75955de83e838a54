package no.kompetansemidler.allocation.result;

/** Why a proposal line exists. */
public enum Purpose {
    /** County-wide common measures ("fellestiltak"), e.g. Innlandet's share transferred to INN. */
    COMMON_MEASURES,
    /** Equalisation to named disadvantaged regions ("utjevning"). */
    EQUALISATION,
    /** Facilitation funds set aside by the forum ("tilretteleggingsmidler", Rogaland). */
    FACILITATION,
    /** Funding of one needs report, split between network/owners and partner. */
    NEEDS_REPORT,
    /** A network's key-based frame where the plan pre-allocates frames instead of funding reported needs. */
    NETWORK_FRAME
}
