/** A round's calendar as its events leave it: the plan's dates, the moves, what was done when, and what was late. */
package no.kompetansemidler.recorded.calendar;
