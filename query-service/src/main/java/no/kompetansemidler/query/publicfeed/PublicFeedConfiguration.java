package no.kompetansemidler.query.publicfeed;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.kompetansemidler.access.web.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public feed's rate limit: each client address may ask {@code kompetansemidler.public-feed.requests-per-minute}
 * times a minute (120 unless set); more is 429 with {@code Retry-After}. Behind a proxy, the address is the one
 * Spring's forwarded-header handling gives (set {@code server.forward-headers-strategy}).
 */
@Configuration(proxyBeanMethods = false)
class PublicFeedConfiguration {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicFeedRateLimit(
            @Value("${kompetansemidler.public-feed.requests-per-minute:120}") int perMinute) {
        PublicRateLimit limit = new PublicRateLimit(perMinute, Clock.systemUTC());
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                    FilterChain chain) throws ServletException, IOException {
                        Duration wait = limit.take(request.getRemoteAddr());
                        if (!wait.isZero()) {
                            response.setHeader(HttpHeaders.RETRY_AFTER,
                                    String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000)));
                            ProblemWriter.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                                    "Too many requests to the public feed from this address; try again later.");
                            return;
                        }
                        chain.doFilter(request, response);
                    }
                });
        registration.addUrlPatterns("/public/*");
        registration.setName("publicFeedRateLimit");
        return registration;
    }
}
