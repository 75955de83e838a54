/** The cooperation forum's ("samarbeidsforum") input on the proposal, meeting by meeting. */
package no.kompetansemidler.events.forum;
