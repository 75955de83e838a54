/**
 * Appeals (klage) against a round's grant letters: a private recipient's individual decision may be appealed within
 * three weeks (fvl. §§ 28–29, late appeals § 31); the county governor reconsiders it (§ 33) and either grants it, in
 * full or in part, with a new letter, or forwards it to the appeal body, whose outcome is recorded.
 */
package no.kompetansemidler.events.appeal;
