/**
 * The grant's own events ("tilskudd"): one recipient's grant from its letter on, across its budget years. They are
 * not {@link no.kompetansemidler.events.round.RoundEvent}s: a grant is its own aggregate and outlives its round.
 */
package no.kompetansemidler.events.grant;
