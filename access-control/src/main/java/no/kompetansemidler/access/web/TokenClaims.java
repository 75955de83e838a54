package no.kompetansemidler.access.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * What a token must say beyond its signature, issuer and audience: when it expires ({@code exp}, so no token is
 * good for ever), who it is ({@code sub}, the actor on every event), and no issue time in the future. Every claim
 * read from a token is bounded like any other input: one line, no control characters ({@link #bounded}).
 */
final class TokenClaims {

    /** Clocks of the identity provider and the services differ by a little. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    static final int MAX_CLAIM_LENGTH = 200;
    /** Login services issue tokens for minutes or hours; the local run's live 12 hours. */
    static final Duration LONGEST_LIFETIME = Duration.ofHours(24);

    private TokenClaims() {
    }

    static OAuth2TokenValidator<Jwt> required() {
        return required(Clock.systemUTC());
    }

    static OAuth2TokenValidator<Jwt> required(Clock clock) {
        return jwt -> {
            List<String> problems = new ArrayList<>();
            if (jwt.getExpiresAt() == null) {
                problems.add("the token has no expiry (exp)");
            } else if (jwt.getExpiresAt().isAfter(clock.instant().plus(LONGEST_LIFETIME).plus(CLOCK_SKEW))) {
                problems.add("the token is good for longer than " + LONGEST_LIFETIME.toHours() + " hours (exp)");
            }
            if (!bounded(jwt.getSubject())) {
                problems.add("the token names no subject (sub), or one that is not a bounded single line");
            }
            Instant issuedAt = jwt.getIssuedAt();
            if (issuedAt != null && issuedAt.isAfter(clock.instant().plus(CLOCK_SKEW))) {
                problems.add("the token is issued in the future (iat)");
            }
            return problems.isEmpty() ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                    String.join("; ", problems), null));
        };
    }

    static boolean bounded(String value) {
        return value != null && !value.isBlank() && value.length() <= MAX_CLAIM_LENGTH
                && OneLine.holds(value);
    }
}
