/** Leftover funds ("restmidler") given out again after the decision. */
package no.kompetansemidler.events.reallocation;
