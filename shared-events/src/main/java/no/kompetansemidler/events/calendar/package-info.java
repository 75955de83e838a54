/**
 * A round's calendar ("årshjul"): the steps of the year whose dates the county's plan gives, and the county governor
 * moving one of them with a reason.
 */
package no.kompetansemidler.events.calendar;
