/**
 * Which fields of the stored events hold personal data, and whose (ADR 22): the event store keeps them sealed under
 * a key per person, so erasing the key erases the person without changing a stored byte.
 */
package no.kompetansemidler.events.personal;
