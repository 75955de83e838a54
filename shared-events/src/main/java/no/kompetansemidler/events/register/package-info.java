/**
 * A county's register of the recipients of its grants: the owners of kindergartens and schools (eier), public or
 * private, with the approvals a private owner needs, and the competence networks (kompetansenettverk) they form,
 * with the organisation that holds each network's grant.
 */
package no.kompetansemidler.events.register;
