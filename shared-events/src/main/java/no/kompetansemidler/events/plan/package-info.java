/** Events of a county's long-term plan: which versions of the allocation rules its forum adopted, and when. */
package no.kompetansemidler.events.plan;
