/**
 * The round's calendar ("årshjul"): the dates its plan gives the year's steps, and the county governor moving one of
 * them with a reason. Late steps are findings in the calendar views ({@code RoundCalendarOnFile}).
 */
package no.kompetansemidler.command.calendar;
