/**
 * Needs reports ("behovsmeldinger"): the template the county governor sends, what partnerships submit, amend and
 * withdraw within the submission window, extensions of it, and adjusted needs when the frame is too small.
 */
package no.kompetansemidler.events.needs;
