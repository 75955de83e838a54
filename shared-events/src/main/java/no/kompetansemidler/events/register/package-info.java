/**
 * A county's register of the recipients of its grants: the owners of kindergartens and schools (eier), public or
 * private, with the approvals a private owner needs, and the competence networks (kompetansenettverk) they form,
 * with the organisation that holds each network's grant, amended as they change; and the university, vocational
 * college and other expertise partners (UH, fagskole, annet kompetansemiljø) with the partnerships they form with a
 * network's owners across the years of a development work.
 */
package no.kompetansemidler.events.register;
