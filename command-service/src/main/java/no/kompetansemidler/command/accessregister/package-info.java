/**
 * The access register ("tilgangsregisteret", ADR 25): the county governor's administrators grant a person or an
 * organisation a role for their county, for a period and with a reason, and revoke it. One aggregate per holder:
 * what must hold together are one holder's grants; the county's list of grants is a view.
 */
package no.kompetansemidler.command.accessregister;
