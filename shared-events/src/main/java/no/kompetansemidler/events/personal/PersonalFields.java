package no.kompetansemidler.events.personal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import no.kompetansemidler.events.access.AccessGranted;
import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.forum.ForumMember;
import no.kompetansemidler.events.forum.ForumMemberAppointed;
import no.kompetansemidler.events.reporting.ReportRemarkRecorded;
import no.kompetansemidler.events.round.RoundIds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one list of personal fields in the stored events and metadata (ADR 22), with whose data each value is: the
 * store seals each value under that person's key when it appends and opens it when it reads.
 *
 * <p>A path names a field of the stored JSON; {@code []} after a name means every element of that array. Whose a
 * value is: a forum member by the register's id where the event gives it ({@code memberId}), otherwise by the name as
 * written, always within the county; the acting user, and the author of a report remark, by the token's subject; a
 * holder of the access register by the holder's stream id.
 */
public final class PersonalFields {

    /** The metadata key of the acting user's token subject (set by the command service's actor metadata). */
    public static final String ACTOR_SUBJECT = "actorSubject";
    /** The scope of the acting users' keys: one key per subject across counties. */
    public static final String ACTORS = "actors";
    /** The scope of the access register's holders' keys: one key per holder across counties. */
    public static final String ACCESS_HOLDERS = "access-holders";
    /** What an erased value reads as, in every answer, letter and report from then on. */
    public static final String ERASED = "[slettet]";

    /**
     * One event type's personal fields.
     *
     * @param scope    the county (or other scope) the persons are known in, from the event
     * @param subjects whose each value is: value to subject; a value not in the map is its own subject
     */
    public record Fields<T>(List<String> paths, Function<T, String> scope, Function<T, Map<String, String>> subjects) {
        public Fields {
            paths = List.copyOf(paths);
        }
    }

    /**
     * A value to seal and whose it is.
     *
     * @param scope   where the person is known, e.g. the county's slug
     * @param subject the person within the scope: a register id, a name, a token subject
     */
    public record Owner(String scope, String subject) {
    }

    /** By the stored type's name, as both the writer (an event's class) and the reader (a stored type) know it. */
    private static final Map<String, Fields<?>> FIELDS = new LinkedHashMap<>();

    static {
        register(ForumMemberAppointed.class, new Fields<>(List.of("name"), ForumMemberAppointed::county,
                appointment -> Map.of(appointment.name(), appointment.memberId())));
        register(ForumInputRecorded.class, new Fields<>(List.of("membersPresent[].name", "items[].recused[]",
                "items[].statements[].member", "items[].outcome.votesFor[]", "items[].outcome.votesAgainst[]",
                "items[].outcome.abstentions[]", "items[].outcome.dissent[]"),
                input -> RoundIds.countyOf(input.roundId()), PersonalFields::membersPresent));
        register(AccessGranted.class, new Fields<>(List.of("identity"), grant -> ACCESS_HOLDERS,
                grant -> Map.of(grant.identity(), grant.holderId())));
        register(ReportRemarkRecorded.class, new Fields<>(List.of("author"), remark -> ACTORS, remark -> Map.of()));
    }

    private PersonalFields() {
    }

    private static <T> void register(Class<T> type, Fields<T> fields) {
        FIELDS.put(type.getName(), fields);
    }

    /** Members at a meeting are known by their register id; one named at the meeting by the name written. */
    private static Map<String, String> membersPresent(ForumInputRecorded input) {
        Map<String, String> subjects = new LinkedHashMap<>();
        for (ForumMember member : input.membersPresent()) {
            subjects.putIfAbsent(member.name(), member.memberId() != null ? member.memberId() : member.name());
        }
        return subjects;
    }

    /** The paths of a stored type's personal fields; empty for a type without any. */
    public static List<String> pathsOf(String typeName) {
        Fields<?> fields = FIELDS.get(typeName);
        return fields == null ? List.of() : fields.paths();
    }

    /**
     * Seals an event's personal fields in its stored JSON.
     *
     * @param seal given the value and whose it is, what to store instead
     * @return whether the event has personal fields
     */
    public static boolean seal(Object event, ObjectNode stored, SealFunction seal) {
        Optional<Fields<Object>> fields = fieldsOf(event.getClass());
        if (fields.isEmpty()) {
            return false;
        }
        String scope = fields.get().scope().apply(event);
        Map<String, String> subjects = fields.get().subjects().apply(event);
        for (String path : fields.get().paths()) {
            replace(stored, path, value -> seal.seal(value, new Owner(scope, subjects.getOrDefault(value, value))));
        }
        return true;
    }

    /** Opens the personal fields of a stored type's JSON (in place); {@code open} maps a stored value to its text. */
    public static void open(String typeName, ObjectNode stored, UnaryOperator<String> open) {
        for (String path : pathsOf(typeName)) {
            replace(stored, path, open);
        }
    }

    /** Replaces every text value at the path; absent or null parts of the path are left as they are. */
    static void replace(JsonNode node, String path, UnaryOperator<String> replacement) {
        int dot = path.indexOf('.');
        String head = dot < 0 ? path : path.substring(0, dot);
        String rest = dot < 0 ? null : path.substring(dot + 1);
        boolean each = head.endsWith("[]");
        String name = each ? head.substring(0, head.length() - 2) : head;
        if (!(node instanceof ObjectNode object) || object.get(name) == null || object.get(name).isNull()) {
            return;
        }
        JsonNode child = object.get(name);
        if (!each) {
            if (rest != null) {
                replace(child, rest, replacement);
            } else if (child.isString()) {
                object.put(name, replacement.apply(child.asString()));
            }
            return;
        }
        if (!(child instanceof ArrayNode array)) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            if (rest != null) {
                replace(array.get(i), rest, replacement);
            } else if (array.get(i).isString()) {
                array.set(i, array.stringNode(replacement.apply(array.get(i).asString())));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Optional<Fields<Object>> fieldsOf(Class<?> type) {
        return Optional.ofNullable((Fields<Object>) FIELDS.get(type.getName()));
    }

    /** What a personal value is stored as, given whose it is. */
    @FunctionalInterface
    public interface SealFunction {
        String seal(String value, Owner owner);
    }
}
