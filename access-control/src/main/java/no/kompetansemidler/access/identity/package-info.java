/**
 * Who a verified token is, and what they may do (ADR 25): a person from the person issuer (ID-porten-like) gets the
 * roles the access register grants their identity, at the assurance level the role needs; the county governor's
 * staff from their directory's configured groups; a system from its organisation's grants and its token's scopes.
 * Plain Java: the Spring wiring is in {@code access.web}.
 */
package no.kompetansemidler.access.identity;
