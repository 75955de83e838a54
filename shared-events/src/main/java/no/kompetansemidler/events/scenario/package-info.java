/**
 * What-if scenarios of a round ("hva om"): the engine run on the round's recorded inputs with something changed,
 * stored in a stream of their own so the round itself never changes.
 */
package no.kompetansemidler.events.scenario;
