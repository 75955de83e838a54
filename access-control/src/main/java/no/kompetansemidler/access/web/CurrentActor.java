package no.kompetansemidler.access.web;

import java.util.Optional;

import no.kompetansemidler.access.Actor;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the request being served, resolved from its verified token (ADR 25). */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Actor get() {
        return find().orElseThrow(() -> new IllegalStateException("no authenticated actor on this thread"));
    }

    public static Optional<Actor> find() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ActorAuthentication authentication) {
            return authentication.actor();
        }
        return Optional.empty();
    }
}
