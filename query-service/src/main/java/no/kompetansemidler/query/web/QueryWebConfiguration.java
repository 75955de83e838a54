package no.kompetansemidler.query.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Every query answer carries an {@code ETag} of its content; a client that sends it back as {@code If-None-Match}
 * gets {@code 304 Not Modified} while the view is unchanged, and polls cheaply.
 */
@Configuration(proxyBeanMethods = false)
class QueryWebConfiguration {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/rounds", "/rounds/*", "/counties/*", "/public/*", "/national/*",
                "/access-register/*");
        return registration;
    }
}
