package no.kompetansemidler.access.web;

import jakarta.servlet.http.HttpServletRequest;
import no.kompetansemidler.access.identity.ActorResolution;
import no.kompetansemidler.access.identity.TokenIdentity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Authenticates a bearer token: picks the issuer it names among the trusted ones, verifies it with that issuer's
 * keys, reads the identity its kind gives, and resolves the actor (register, groups, scopes) for this request.
 */
final class TokenAuthentication implements AuthenticationManagerResolver<HttpServletRequest> {

    /** A login below the assurance level the identity's roles need: 401 with a step-up challenge (RFC 9470). */
    static final class InsufficientAssurance extends AuthenticationException {
        private final transient ActorResolution.Refused refusal;

        InsufficientAssurance(ActorResolution.Refused refusal) {
            super(refusal.detail());
            this.refusal = refusal;
        }

        ActorResolution.Refused refusal() {
            return refusal;
        }
    }

    private final TrustedIssuers issuers;
    private final ActorResolution resolution;

    TokenAuthentication(TrustedIssuers issuers, ActorResolution resolution) {
        this.issuers = issuers;
        this.resolution = resolution;
    }

    @Override
    public AuthenticationManager resolve(HttpServletRequest request) {
        return authentication -> {
            if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
                return null;
            }
            TrustedIssuers.Issuer issuer = issuers.issuerOf(bearer.getToken()).orElseThrow(() ->
                    new InvalidBearerTokenException("the token's issuer is not one this service trusts"));
            Jwt jwt;
            try {
                jwt = issuer.decoder().decode(bearer.getToken());
            } catch (BadJwtException invalid) {
                throw new InvalidBearerTokenException(invalid.getMessage(), invalid);
            } catch (JwtException unverifiable) {
                throw new AuthenticationServiceException("the issuer's keys could not be read", unverifiable);
            }
            TokenIdentity identity = issuers.identityOf(issuer, jwt).orElseThrow(() ->
                    new InvalidBearerTokenException("the token lacks the identity its issuer must give, or gives "
                            + "it unbounded"));
            ActorResolution.Result result = resolution.resolve(identity,
                    request.getHeader(ActorResolution.ACTING_AS));
            if (result instanceof ActorResolution.Refused refused && refused.status() == 401) {
                throw new InsufficientAssurance(refused);
            }
            return new ActorAuthentication(jwt, result);
        };
    }
}
