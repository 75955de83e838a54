package no.kompetansemidler.query.access;

import static no.kompetansemidler.access.web.AccessConfiguration.roles;

import no.kompetansemidler.access.Role;
import no.kompetansemidler.access.web.AccessConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Every role reads; what it sees is narrowed to its scope by {@link ReadScope}. */
@Configuration(proxyBeanMethods = false)
class QueryEndpoints {

    @Bean
    AccessConfiguration.EndpointRules queryEndpointRules() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/rounds", "/rounds/**", "/counties/*/commitments")
                .access(roles(Role.values()));
    }
}
