/**
 * The formal allocation decision ("vedtak"), the grant letters it issues ("tilskuddsbrev") and grants withdrawn
 * afterwards.
 */
package no.kompetansemidler.events.decision;
