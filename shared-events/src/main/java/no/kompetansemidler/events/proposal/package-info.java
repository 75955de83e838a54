/**
 * The administrator's allocation proposal ("forslag til fordeling"), with everything it was computed from so it can
 * be recomputed and verified later.
 */
package no.kompetansemidler.events.proposal;
