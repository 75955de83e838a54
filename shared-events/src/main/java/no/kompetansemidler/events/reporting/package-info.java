/** Recipients' yearly reports ("rapportering") on the use of funds and goal achievement, and their review. */
package no.kompetansemidler.events.reporting;
