package no.kompetansemidler.command.access;

import static no.kompetansemidler.access.Role.ADMINISTRATOR;
import static no.kompetansemidler.access.Role.FORUM_MEMBER;
import static no.kompetansemidler.access.Role.NETWORK_REPRESENTATIVE;
import static no.kompetansemidler.access.Role.REPUBLISHER;
import static no.kompetansemidler.access.Role.UNIVERSITY_PARTNER;
import static no.kompetansemidler.access.web.AccessConfiguration.roles;

import no.kompetansemidler.access.web.AccessConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The roles each command endpoint admits (403 for the others). Network representatives reach their own needs
 * reports and reports, university partners co-sign needs reports, the forum runs what-if scenarios; everything else
 * is the administrator's. The county and network scope is checked by
 * {@link CommandAccess} against the round itself.
 */
@Configuration(proxyBeanMethods = false)
class CommandEndpoints {

    @Bean
    AccessConfiguration.EndpointRules commandEndpointRules() {
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/rounds/*/needs-reports/*/co-signature")
                .access(roles(UNIVERSITY_PARTNER))
                .requestMatchers(HttpMethod.POST, "/rounds/*/needs-reports", "/rounds/*/needs-reports/*/withdrawal",
                        "/rounds/*/needs-reports/*/adjusted-needs", "/rounds/*/reports/*", "/rounds/*/appeals")
                .access(roles(ADMINISTRATOR, NETWORK_REPRESENTATIVE))
                .requestMatchers(HttpMethod.PUT, "/rounds/*/needs-reports/*")
                .access(roles(ADMINISTRATOR, NETWORK_REPRESENTATIVE))
                .requestMatchers(HttpMethod.POST, "/rounds/*/scenarios", "/rounds/*/reports/*/remarks")
                .access(roles(ADMINISTRATOR, FORUM_MEMBER))
                // a system with the republication scope republishes and does nothing else (ADR 25)
                .requestMatchers(HttpMethod.POST, "/integration/republications")
                .access(roles(ADMINISTRATOR, REPUBLISHER))
                .requestMatchers(HttpMethod.POST, "/rounds", "/rounds/**", "/plans/**", "/forums/**",
                        "/registers/**", "/access-register/**")
                .access(roles(ADMINISTRATOR))
                // another method on a command path is not a question of role: Spring MVC answers it with 405
                .requestMatchers("/rounds", "/rounds/**", "/plans/**", "/forums/**", "/registers/**",
                        "/access-register/**", "/integration/**")
                .authenticated();
    }
}
