/**
 * The access register ("tilgangsregisteret"): which person or organisation the county governor has granted which
 * role, for which county and networks, from when until when, and the revocations. One stream per holder.
 */
package no.kompetansemidler.events.access;
