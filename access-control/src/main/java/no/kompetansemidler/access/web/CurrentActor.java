package no.kompetansemidler.access.web;

import java.util.List;
import java.util.Optional;

import no.kompetansemidler.access.Actor;
import no.kompetansemidler.access.Role;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The actor of the request being served, from its validated token. */
public final class CurrentActor {

    static final String ROLE = "role";
    static final String ORGANISATION = "organisation";
    static final String COUNTY = "county";
    static final String NETWORKS = "networks";

    private CurrentActor() {
    }

    public static Actor get() {
        return find().orElseThrow(() -> new IllegalStateException("no authenticated actor on this thread"));
    }

    public static Optional<Actor> find() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return Optional.of(of(token.getToken()));
        }
        return Optional.empty();
    }

    /** A token without a known role or a county is refused before it gets here, see {@link AccessConfiguration}. */
    static Actor of(Jwt jwt) {
        List<String> networks = jwt.hasClaim(NETWORKS) ? jwt.getClaimAsStringList(NETWORKS) : List.of();
        return new Actor(jwt.getSubject(), Role.fromClaim(jwt.getClaimAsString(ROLE)).orElseThrow(),
                jwt.getClaimAsString(ORGANISATION), jwt.getClaimAsString(COUNTY), networks);
    }
}
