package no.kompetansemidler.access.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import no.kompetansemidler.access.AccessRegister;
import no.kompetansemidler.access.AccessRegister.HolderKind;
import no.kompetansemidler.access.Actor;
import no.kompetansemidler.access.Role;

/**
 * Turns a verified token's identity into the actor of one request, or the reason it may do nothing. A person or
 * system holding several roles (say, representative in one county and forum member in another) acts in one at a
 * time, named by the {@value #ACTING_AS} header; one role is never widened by another's county or networks.
 */
public final class ActorResolution {

    /** The request header naming the role to act in, {@code <role>} or {@code <role>:<county>}. */
    public static final String ACTING_AS = "Acting-As";
    private static final Pattern CHOICE = Pattern.compile("[a-z-]{1,40}(:[a-z*-]{1,40})?");
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    /** What the identity may do in this request. */
    public sealed interface Result {
    }

    public record Resolved(Actor actor) implements Result {
    }

    /**
     * Nothing: 403 when the identity holds no role that fits, 401 when its login is below the role's assurance level.
     *
     * @param requiredAcr for a 401: the level to log in at again
     */
    public record Refused(int status, String code, String detail, String requiredAcr) implements Result {
    }

    private final IdentityPolicy policy;
    private final AccessRegister register;
    private final Clock clock;

    public ActorResolution(IdentityPolicy policy, AccessRegister register, Clock clock) {
        this.policy = policy;
        this.register = register;
        this.clock = clock;
    }

    /** A role the identity may act in, with what scopes it, for whom and what authorised it. */
    private record Choice(Role role, String county, SortedSet<String> networks, SortedSet<String> organisations,
                          SortedSet<String> authorisedBy) {

        /** A choice's name, as the {@value #ACTING_AS} header names it: {@code <role>:<county>}. */
        static String nameOf(Role role, String county) {
            return role.claim() + ":" + county;
        }
    }

    public Result resolve(TokenIdentity identity, String actingAs) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), NORWAY);
        Map<String, Choice> choices = new TreeMap<>();
        // roles the person holds but logged in too low for: role:county to the level it needs
        Map<String, String> underAssured = new TreeMap<>();
        Optional<Refused> refused;
        String organisation = null;
        if (identity instanceof TokenIdentity.Person person) {
            refused = personChoices(person, today, choices, underAssured);
        } else if (identity instanceof TokenIdentity.Staff staff) {
            organisation = policy.staffOrganisation();
            refused = staffChoices(staff, choices);
        } else {
            TokenIdentity.System system = (TokenIdentity.System) identity;
            organisation = system.organisationNumber();
            refused = systemChoices(system, today, choices);
        }
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Choice> chosen = choose(choices, actingAs);
        if (chosen.isEmpty() && actingAs != null && CHOICE.matcher(actingAs.strip()).matches()) {
            // the named role is held, but at a higher level than this login: log in again, not "not yours"
            String wanted = actingAs.strip();
            Optional<String> level = underAssured.entrySet().stream()
                    .filter(entry -> entry.getKey().equals(wanted) || entry.getKey().startsWith(wanted + ":"))
                    .map(Map.Entry::getValue).findFirst();
            if (level.isPresent()) {
                return new Refused(401, "insufficient-assurance", "The role you name needs a login at assurance "
                        + "level " + level.get() + "; log in again at that level.", level.get());
            }
        }
        if (chosen.isEmpty()) {
            String offered = String.join(", ", choices.keySet());
            return actingAs == null || actingAs.isBlank()
                    ? new Refused(403, "choose-role", "You hold several roles; name the one to act in with the "
                    + ACTING_AS + " header: " + offered + ".", null)
                    : new Refused(403, "not-your-role", "You do not hold the role the " + ACTING_AS
                    + " header names; yours: " + offered + ".", null);
        }
        Choice choice = chosen.get();
        // a person acts for the organisations their grants name; staff and systems for their own
        String actingFor = organisation != null ? organisation
                : choice.organisations().isEmpty() ? null : String.join(", ", choice.organisations());
        return new Resolved(new Actor(identity.subject(), choice.role(), actingFor, choice.county(),
                List.copyOf(choice.networks()), List.copyOf(choice.authorisedBy())));
    }

    private Optional<Refused> personChoices(TokenIdentity.Person person, LocalDate today, Map<String, Choice> choices,
                                            Map<String, String> underAssured) {
        List<AccessRegister.Grant> good = register.grantsOf(HolderKind.PERSON, person.identity()).stream()
                .filter(grant -> grant.goodOn(today)).toList();
        if (good.isEmpty()) {
            return Optional.of(new Refused(403, "no-grant", "You hold no role in the access register today; the "
                    + "county governor grants them.", null));
        }
        for (AccessRegister.Grant grant : good) {
            if (policy.assuredFor(person.acr(), grant.role())) {
                add(choices, grant);
            } else {
                underAssured.put(Choice.nameOf(grant.role(), grant.county()), policy.requiredFor(grant.role()));
            }
        }
        if (!choices.isEmpty()) {
            return Optional.empty();
        }
        String required = good.stream().map(grant -> policy.requiredFor(grant.role())).filter(level -> level != null)
                .min(Comparator.comparingInt(policy::rankOf)).orElse(null);
        return Optional.of(new Refused(401, "insufficient-assurance", "Your roles need a login at assurance level "
                + required + "; log in again at that level.", required));
    }

    private Optional<Refused> staffChoices(TokenIdentity.Staff staff, Map<String, Choice> choices) {
        for (String group : staff.groups()) {
            Optional.ofNullable(policy.administratorGroups().get(group)).ifPresent(county ->
                    add(choices, Role.ADMINISTRATOR, county, List.of(), "group:" + group));
            Optional.ofNullable(policy.auditorGroups().get(group)).ifPresent(county ->
                    add(choices, Role.AUDITOR, county, List.of(), "group:" + group));
        }
        return choices.isEmpty() ? Optional.of(new Refused(403, "no-group", "Your account is in none of the "
                + "directory's groups that give a role here.", null)) : Optional.empty();
    }

    private Optional<Refused> systemChoices(TokenIdentity.System system, LocalDate today,
                                            Map<String, Choice> choices) {
        for (String scope : system.scopes()) {
            Optional.ofNullable(policy.systemScopes().get(scope)).ifPresent(role ->
                    add(choices, role, Actor.ALL_COUNTIES, List.of(), "scope:" + scope));
        }
        // the organisation's grants only for its systems given the register's scope
        if (system.scopes().contains(policy.registerScope())) {
            register.grantsOf(HolderKind.ORGANISATION, system.organisationNumber()).stream()
                    .filter(grant -> grant.goodOn(today)).forEach(grant -> add(choices, grant));
        }
        return choices.isEmpty() ? Optional.of(new Refused(403, "no-grant", "Your organisation holds no role in the "
                + "access register today and the token has no scope that gives one.", null)) : Optional.empty();
    }

    private static Optional<Choice> choose(Map<String, Choice> choices, String actingAs) {
        if (actingAs == null || actingAs.isBlank()) {
            return choices.size() == 1 ? Optional.of(choices.values().iterator().next()) : Optional.empty();
        }
        String wanted = actingAs.strip();
        if (!CHOICE.matcher(wanted).matches()) {
            return Optional.empty();
        }
        if (choices.containsKey(wanted)) {
            return Optional.of(choices.get(wanted));
        }
        List<Choice> ofRole = choices.values().stream().filter(choice -> choice.role().claim().equals(wanted))
                .toList();
        return ofRole.size() == 1 ? Optional.of(ofRole.get(0)) : Optional.empty();
    }

    private static void add(Map<String, Choice> choices, AccessRegister.Grant grant) {
        Choice choice = add(choices, grant.role(), grant.county(), grant.networks(), grant.grantId());
        if (grant.organisation() != null && !grant.organisation().isBlank()) {
            choice.organisations().add(grant.organisation());
        }
    }

    private static Choice add(Map<String, Choice> choices, Role role, String county, List<String> networks,
                              String authorisedBy) {
        Choice choice = choices.computeIfAbsent(Choice.nameOf(role, county),
                key -> new Choice(role, county, new TreeSet<>(), new TreeSet<>(), new TreeSet<>()));
        choice.networks().addAll(networks);
        choice.authorisedBy().add(authorisedBy);
        return choice;
    }
}
