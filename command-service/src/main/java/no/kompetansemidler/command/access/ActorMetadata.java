package no.kompetansemidler.command.access;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.kompetansemidler.access.Actor;
import no.kompetansemidler.access.Role;
import org.axonframework.messaging.MetaData;

/**
 * The actor as message metadata: put on each command from the caller's token, copied to every event the command
 * causes, and given to the handlers that decide whether the actor may do it ({@link ActorParameter}).
 */
public final class ActorMetadata {

    public static final String SUBJECT = "actorSubject";
    public static final String ROLE = "actorRole";
    public static final String ORGANISATION = "actorOrganisation";
    public static final String COUNTY = "actorCounty";
    public static final String NETWORKS = "actorNetworks";
    /** What authorised the role (ADR 25): grant ids of the access register, {@code group:}, {@code scope:}. */
    public static final String AUTHORISED_BY = "actorAuthorisedBy";
    public static final List<String> KEYS = List.of(SUBJECT, ROLE, ORGANISATION, COUNTY, NETWORKS, AUTHORISED_BY);

    private ActorMetadata() {
    }

    public static Map<String, String> of(Actor actor) {
        return Map.of(SUBJECT, actor.subject(), ROLE, actor.role().claim(),
                ORGANISATION, actor.organisation() == null ? "" : actor.organisation(), COUNTY, actor.county(),
                NETWORKS, String.join(",", actor.networks()), AUTHORISED_BY, String.join(",", actor.authorisedBy()));
    }

    public static Optional<Actor> from(MetaData metaData) {
        if (!(metaData.get(SUBJECT) instanceof String subject)
                || !(metaData.get(ROLE) instanceof String role) || Role.fromClaim(role).isEmpty()) {
            return Optional.empty();
        }
        String networks = (String) metaData.getOrDefault(NETWORKS, "");
        String authorisedBy = (String) metaData.getOrDefault(AUTHORISED_BY, "");
        return Optional.of(new Actor(subject, Role.fromClaim(role).get(), (String) metaData.get(ORGANISATION),
                (String) metaData.get(COUNTY), networks.isEmpty() ? List.of() : Arrays.asList(networks.split(",")),
                authorisedBy.isEmpty() ? List.of() : Arrays.asList(authorisedBy.split(","))));
    }
}
