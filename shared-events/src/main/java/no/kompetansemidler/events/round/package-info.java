/**
 * Events of a grant round's lifecycle. Released events are never edited: a change becomes a new revision with an
 * upcaster.
 */
package no.kompetansemidler.events.round;
