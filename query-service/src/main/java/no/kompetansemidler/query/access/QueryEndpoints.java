package no.kompetansemidler.query.access;

import static no.kompetansemidler.access.Role.ADMINISTRATOR;
import static no.kompetansemidler.access.Role.AUDITOR;
import static no.kompetansemidler.access.Role.FORUM_MEMBER;
import static no.kompetansemidler.access.Role.NATIONAL_OVERVIEW_READER;
import static no.kompetansemidler.access.Role.NETWORK_REPRESENTATIVE;
import static no.kompetansemidler.access.Role.UNIVERSITY_PARTNER;
import static no.kompetansemidler.access.web.AccessConfiguration.roles;

import no.kompetansemidler.access.web.AccessConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who reads which view; what each sees is narrowed to its county by {@link ReadScope}. The views of a whole round
 * show every network's needs, grants and reports, so network representatives and university partners, who may
 * read only their own, get the round summaries and their own network's view ({@code /rounds/{id}/networks/{id}})
 * and grant ({@code /rounds/{id}/grants/{id}}).
 * The forum reads the allocation view (the proposal it gives input on), the what-if scenarios and the reports it
 * checks with the county governor; the timeline, the ledger, the verification of a decision and of a round's
 * stored history are for the administrator and the auditor (the whole store's history for a national auditor). A county's plans, its forum's register and its register of owners and networks
 * are everyone's in it, and so is a round's calendar (its iCalendar feed is public, as the plan's dates are); a
 * round's appeals are the administrator's, the auditor's and, for its own, a network's. The county's access register
 * (who holds which role) is the administrator's and the auditor's.
 */
@Configuration(proxyBeanMethods = false)
class QueryEndpoints {

    @Bean
    AccessConfiguration.EndpointRules queryEndpointRules() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/rounds/*/allocation", "/rounds/*/decision.csv",
                        "/rounds/*/reporting", "/rounds/*/scenarios", "/rounds/*/scenarios/*/comparison")
                .access(roles(ADMINISTRATOR, FORUM_MEMBER, AUDITOR))
                .requestMatchers(HttpMethod.GET, "/rounds/*/timeline", "/rounds/*/report.html",
                        "/rounds/*/report.pdf", "/rounds/*/verification", "/rounds/*/leftover-funds",
                        "/counties/*/commitments", "/rounds/*/history-verification")
                .access(roles(ADMINISTRATOR, AUDITOR))
                .requestMatchers(HttpMethod.GET, "/history-verification")
                .access(roles(AUDITOR))
                .requestMatchers(HttpMethod.GET, "/access-register/*/grants")
                .access(roles(ADMINISTRATOR, AUDITOR))
                // a system with the national overview's scope reads it and nothing else (ADR 25)
                .requestMatchers(HttpMethod.GET, "/national/overview", "/national/overview.csv")
                .access(roles(AUDITOR, NATIONAL_OVERVIEW_READER))
                .requestMatchers(HttpMethod.GET, "/rounds/*/appeals")
                .access(roles(ADMINISTRATOR, NETWORK_REPRESENTATIVE, AUDITOR))
                .requestMatchers(HttpMethod.GET, "/rounds/*/networks/*", "/rounds/*/grants/*",
                        "/rounds/*/grants/*/letter.pdf")
                .access(roles(ADMINISTRATOR, NETWORK_REPRESENTATIVE, UNIVERSITY_PARTNER, AUDITOR))
                // the plan's dates are published with the plan: a calendar application subscribes without a token
                .requestMatchers(HttpMethod.GET, "/counties/*/calendar/*.ics").permitAll()
                // decided allocations are public information (ADR 21), rate-limited per address
                .requestMatchers(HttpMethod.GET, "/public/allocations", "/public/allocations/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/rounds", "/rounds/*", "/counties/*/plans", "/counties/*/plans/*",
                        "/counties/*/forum", "/counties/*/register",
                        "/rounds/*/indicative-frames", "/rounds/*/calendar", "/counties/*/calendar/*")
                // every person's and staff role, never a system's (a system's scope admits its one endpoint only)
                .access(roles(ADMINISTRATOR, FORUM_MEMBER, NETWORK_REPRESENTATIVE, UNIVERSITY_PARTNER, AUDITOR))
                // a method no view has is not a question of role: Spring MVC answers it with 405 (HEAD, which
                // Spring MVC serves with the GET handlers, stays refused unless a rule above admits it)
                .requestMatchers(HttpMethod.POST, "/rounds", "/rounds/**", "/counties/**").authenticated()
                .requestMatchers(HttpMethod.PUT, "/rounds", "/rounds/**", "/counties/**").authenticated()
                .requestMatchers(HttpMethod.PATCH, "/rounds", "/rounds/**", "/counties/**").authenticated()
                .requestMatchers(HttpMethod.DELETE, "/rounds", "/rounds/**", "/counties/**").authenticated();
    }
}
