package no.kompetansemidler.access.web;

import java.util.List;
import java.util.Optional;

import no.kompetansemidler.access.Actor;
import no.kompetansemidler.access.identity.ActorResolution;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A request whose token its issuer verified, with what the identity may do: the actor (one authority,
 * {@code ROLE_<ROLE>}), or the reason it may do nothing, which the 403 then tells.
 */
final class ActorAuthentication extends AbstractAuthenticationToken {

    private final Jwt jwt;
    private final ActorResolution.Result result;

    ActorAuthentication(Jwt jwt, ActorResolution.Result result) {
        super(result instanceof ActorResolution.Resolved resolved
                ? List.of(new SimpleGrantedAuthority("ROLE_" + resolved.actor().role().name())) : List.of());
        this.jwt = jwt;
        this.result = result;
        setAuthenticated(true);
    }

    Optional<Actor> actor() {
        return result instanceof ActorResolution.Resolved resolved ? Optional.of(resolved.actor()) : Optional.empty();
    }

    Optional<ActorResolution.Refused> refusal() {
        return result instanceof ActorResolution.Refused refused ? Optional.of(refused) : Optional.empty();
    }

    @Override
    public Object getCredentials() {
        return jwt;
    }

    @Override
    public Object getPrincipal() {
        return actor().<Object>map(actor -> actor).orElse(jwt.getSubject());
    }

    @Override
    public String getName() {
        return jwt.getSubject();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActorAuthentication that && jwt.equals(that.jwt) && result.equals(that.result);
    }

    @Override
    public int hashCode() {
        return jwt.hashCode() * 31 + result.hashCode();
    }
}
