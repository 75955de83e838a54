package no.kompetansemidler.recorded.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import no.kompetansemidler.allocation.input.KeyFigure;
import no.kompetansemidler.allocation.input.TargetGroup;
import no.kompetansemidler.allocation.money.Share;
import no.kompetansemidler.allocation.plans.LongTermPlan;
import no.kompetansemidler.allocation.regulation.Regulation;
import no.kompetansemidler.allocation.result.Purpose;
import no.kompetansemidler.allocation.rules.AllocationRule;
import no.kompetansemidler.allocation.rules.BaseGrant;
import no.kompetansemidler.allocation.rules.CoordinatorCap;
import no.kompetansemidler.allocation.rules.EqualSplit;
import no.kompetansemidler.allocation.rules.EqualSplitForReportedNeeds;
import no.kompetansemidler.allocation.rules.FundReportedNeeds;
import no.kompetansemidler.allocation.rules.GuidingSplitPerNetwork;
import no.kompetansemidler.allocation.rules.GuidingTargetGroupSplit;
import no.kompetansemidler.allocation.rules.MaximumYearsPerPartnership;
import no.kompetansemidler.allocation.rules.MultiYearLocks;
import no.kompetansemidler.allocation.rules.MultiYearLocksOnStock;
import no.kompetansemidler.allocation.rules.NeedsWithinNetworkFrame;
import no.kompetansemidler.allocation.rules.PartnerSplit;
import no.kompetansemidler.allocation.rules.ProRataKey;
import no.kompetansemidler.allocation.rules.RankedPartnershipSelection;
import no.kompetansemidler.allocation.rules.RankedPartnershipSelection.Pot;
import no.kompetansemidler.allocation.rules.RankedPartnershipSelection.Theme;
import no.kompetansemidler.allocation.rules.SetAside;
import no.kompetansemidler.allocation.rules.SetAsideForReportedNeeds;
import no.kompetansemidler.allocation.rules.TargetGroupFrames;
import no.kompetansemidler.allocation.rules.TargetGroupShares;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A county plan as a document (schema {@code plans/plan-document.schema.json}): its county, version, adoption date,
 * the budget years it governs, where it comes from, what it requires of a needs report
 * ({@link NeedsReportRequirements}), its yearly calendar ({@link PlanCalendar}), and its rules in order, each a rule
 * type of the allocation engine with its parameters and the plan paragraph it comes from. Reading a document gives the engine's
 * {@link LongTermPlan}, or every problem at once, each with the JSON path and the rule it breaks; a document is
 * never partly read. Shares are percent strings with at most two decimals ({@code "10"}, {@code "12.5"}): exact,
 * never floating point. A share left out of a rule that allows it is the forum's yearly decision, not a default.
 */
public final class PlanDocuments {

    /** One thing wrong with a document: where (a JSON path, {@code $} for the whole), which rule, and why. */
    public record Problem(String path, String rule, String message) {
    }

    /** A document that does not read as a plan. */
    public static final class InvalidPlanDocument extends RuntimeException {

        private final transient List<Problem> problems;

        InvalidPlanDocument(List<Problem> problems) {
            super(problems.size() + " problem(s) in the plan document, first: " + problems.get(0));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern PERCENT = Pattern.compile("100(\\.0{1,2})?|\\d{1,2}(\\.\\d{1,2})?");
    private static final int LONGEST_TEXT = 2_000;
    private static final int MOST_RULES = 50;
    private static final int MOST_RECIPIENTS = 200;
    private static final int MOST_POTS = 10;
    private static final int MOST_THEMES = 20;
    private static final int MOST_TIE_BREAKERS = 20;
    private static final int LONGEST_TITLE = 200;
    private static final int EARLIEST_YEAR = 2000;
    private static final int LATEST_YEAR = 2100;
    private static final Set<String> TOP_LEVEL = Set.of("$schema", "county", "version", "adoptedOn",
            "firstBudgetYear", "lastBudgetYear", "source", "rules", "needsReport", "calendar");

    /** Rule types by their name in documents, with the parameters each takes besides type, id and citation. */
    private static final Map<String, RuleType> RULE_TYPES = new TreeMap<>(Map.ofEntries(
            Map.entry("set-aside", new RuleType(Set.of("purpose", "recipientId", "sharePercent",
                    "againstReportedNeeds"), rule -> rule.flag("againstReportedNeeds")
                    ? new SetAsideForReportedNeeds(rule.id(), rule.purpose("purpose"),
                            rule.optionalShare("sharePercent"), rule.identifier("recipientId"))
                    : new SetAside(rule.id(), rule.purpose("purpose"), rule.optionalShare("sharePercent"),
                            rule.identifier("recipientId")))),
            Map.entry("equal-split", new RuleType(Set.of("purpose", "recipientIds", "sharePercent",
                    "againstReportedNeeds"), rule -> rule.flag("againstReportedNeeds")
                    ? new EqualSplitForReportedNeeds(rule.id(), rule.share("sharePercent"),
                            rule.identifiers("recipientIds"), rule.purpose("purpose"))
                    : new EqualSplit(rule.id(), rule.purpose("purpose"), rule.share("sharePercent"),
                            rule.identifiers("recipientIds")))),
            Map.entry("base-grant", new RuleType(Set.of("amountPerNetworkOre"),
                    rule -> new BaseGrant(rule.id(), rule.optionalAmount("amountPerNetworkOre")))),
            Map.entry("pro-rata-key", new RuleType(Set.of("keyFigure", "sharePercent"),
                    rule -> new ProRataKey(rule.id(), rule.optionalShare("sharePercent"),
                            rule.keyFigure("keyFigure")))),
            Map.entry("fund-reported-needs", new RuleType(Set.of("redistributionKey"),
                    rule -> new FundReportedNeeds(rule.id(), rule.keyFigure("redistributionKey")))),
            Map.entry("partner-split", new RuleType(Set.of("networkCapPercent"),
                    rule -> new PartnerSplit(rule.id(), rule.share("networkCapPercent")))),
            Map.entry("target-group-frames", new RuleType(Set.of("framesOre"),
                    rule -> new TargetGroupFrames(rule.id(), rule.optionalTargetGroupAmounts("framesOre")))),
            Map.entry("target-group-shares", new RuleType(Set.of("sharesPercent"),
                    rule -> new TargetGroupShares(rule.id(), rule.targetGroupShares("sharesPercent")))),
            Map.entry("guiding-split", new RuleType(Set.of("minimumsPercent", "perNetwork"),
                    rule -> rule.flag("perNetwork")
                            ? new GuidingSplitPerNetwork(rule.id(), rule.targetGroupShares("minimumsPercent"))
                            : new GuidingTargetGroupSplit(rule.id(), rule.targetGroupShares("minimumsPercent")))),
            Map.entry("multi-year-locks", new RuleType(Set.of("maximumByYearsPercent", "onTheStock"),
                    rule -> rule.flag("onTheStock")
                            ? new MultiYearLocksOnStock(rule.id(), rule.sharesByYears("maximumByYearsPercent"))
                            : new MultiYearLocks(rule.id(), rule.sharesByYears("maximumByYearsPercent")))),
            Map.entry("maximum-years", new RuleType(Set.of("maximumYears"),
                    rule -> new MaximumYearsPerPartnership(rule.id(), rule.measureYears("maximumYears")))),
            Map.entry("coordinator-cap", new RuleType(Set.of(), rule -> new CoordinatorCap(rule.id()))),
            Map.entry("needs-within-frame", new RuleType(Set.of(),
                    rule -> new NeedsWithinNetworkFrame(rule.id()))),
            Map.entry("ranked-selection", new RuleType(Set.of("pots", "tieBreakers", "coordinatorOnlyWhenJustified"),
                    rule -> new RankedPartnershipSelection(rule.id(), rule.pots("pots"),
                            rule.named("tieBreakers", MOST_TIE_BREAKERS).stream().map(Theme::id).toList(),
                            rule.flag("coordinatorOnlyWhenJustified"))))));

    /** The rule types that give money away by a fixed share of the frame: together at most all of it. */
    private static final Set<String> SHARING_TYPES = Set.of("set-aside", "equal-split", "pro-rata-key");

    private record RuleType(Set<String> parameters, Function<RuleReader, AllocationRule> build) {
    }

    private PlanDocuments() {
    }

    /** The rule types a document may use, by name. */
    public static Set<String> ruleTypes() {
        return RULE_TYPES.keySet();
    }

    /** The documents of the plans the engine also has compiled in, by resource name: Innlandet, Troms, Trøndelag. */
    public static final List<String> STANDARD = List.of("plans/innlandet-2026-01-15.json",
            "plans/troms-2026-2029.json", "plans/trondelag-2023-01-12.json");

    /**
     * Every document the system ships: the five counties of the seeds, and Innlandet's and Troms' plans read as their
     * texts say (versions 2026-01-15.2 and 2026-2029.2, for revisions from 2027).
     */
    public static final List<String> SHIPPED = List.of("plans/innlandet-2026-01-15.json",
            "plans/troms-2026-2029.json", "plans/trondelag-2023-01-12.json", "plans/nordland-2026.json",
            "plans/rogaland-2025-12-05.json", "plans/innlandet-2026-01-15.2.json", "plans/troms-2026-2029.2.json");

    /** The text of a shipped document. */
    public static String resource(String name) {
        try (InputStream in = PlanDocuments.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no plan document " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * The shipped document of a county's plan version, in canonical form (compact JSON), if one is shipped: what an
     * adoption of a compiled-in version records.
     */
    public static Optional<String> shipped(String county, String version) {
        return Optional.ofNullable(ShippedIndex.BY_IDENTITY.get(county + "/" + version));
    }

    /** The shipped documents read once, on first use, by {@code <county>/<version>}. */
    private static final class ShippedIndex {

        static final Map<String, String> BY_IDENTITY = index();

        private static Map<String, String> index() {
            Map<String, String> index = new TreeMap<>();
            for (String name : SHIPPED) {
                String document = resource(name);
                index.putIfAbsent(read(document).identity(), canonical(document));
            }
            return Map.copyOf(index);
        }
    }

    /** The document as compact JSON: the form events record, whatever spacing it was sent with. */
    public static String canonical(String document) {
        return parse(document).toString();
    }

    /**
     * A document adopted for one county: besides being a valid plan, it must be that county's.
     *
     * @param county the county's official name
     */
    public static LongTermPlan readFor(String county, String document) {
        JsonNode tree = parse(document);
        List<Problem> problems = new ArrayList<>();
        JsonNode named = tree.isObject() ? tree.get("county") : null;
        if (named != null && named.isString() && !named.asString().equals(county)) {
            problems.add(new Problem("$.county", "county-of-the-plan", "the document is " + named.asString()
                    + "'s plan, not " + county + "'s"));
        }
        LongTermPlan plan = null;
        try {
            plan = read(tree);
        } catch (InvalidPlanDocument invalid) {
            problems.addAll(invalid.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidPlanDocument(problems);
        }
        return plan;
    }

    /** @throws InvalidPlanDocument with every problem, if the text is not a valid plan document */
    public static LongTermPlan read(String document) {
        return read(parse(document));
    }

    static JsonNode parse(String document) {
        try {
            return JSON.readTree(document == null ? "" : document);
        } catch (JacksonException notJson) {
            throw new InvalidPlanDocument(List.of(new Problem("$", "json", "not a JSON document: "
                    + notJson.getOriginalMessage())));
        }
    }

    /** @throws InvalidPlanDocument with every problem, if the tree is not a valid plan document */
    public static LongTermPlan read(JsonNode document) {
        List<Problem> problems = new ArrayList<>();
        if (document == null || !document.isObject()) {
            throw new InvalidPlanDocument(List.of(new Problem("$", "object", "a plan document is a JSON object")));
        }
        unknownProperties(document, "$", TOP_LEVEL, problems);
        String county = text(document, "$", "county", 200, true, problems);
        String version = text(document, "$", "version", 40, true, problems);
        if (version != null && !VERSION.matcher(version).matches()) {
            problems.add(new Problem("$.version", "version-format",
                    "1 to 40 letters, digits, '.', '_' or '-', e.g. 2026-01-15"));
        }
        text(document, "$", "source", LONGEST_TEXT, true, problems);
        LocalDate adoptedOn = date(document, "adoptedOn", problems);
        Integer first = year(document, "firstBudgetYear", true, problems);
        Integer last = year(document, "lastBudgetYear", false, problems);
        if (first != null && last != null && last < first) {
            problems.add(new Problem("$.lastBudgetYear", "budget-years-in-order",
                    "the last budget year governed is not before the first"));
        }
        List<AllocationRule> rules = rules(document.get("rules"), problems);
        // read here so a document is valid only with them valid; rounds read them with their own classes
        NeedsReportRequirements.read(document.get("needsReport"), problems);
        PlanCalendar.read(document.get("calendar"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidPlanDocument(problems);
        }
        return new LongTermPlan(county, version, adoptedOn, first, last, rules);
    }

    private static List<AllocationRule> rules(JsonNode rules, List<Problem> problems) {
        if (rules == null || !rules.isArray() || rules.isEmpty()) {
            problems.add(new Problem("$.rules", "required", "a plan has at least one rule"));
            return List.of();
        }
        if (rules.size() > MOST_RULES) {
            problems.add(new Problem("$.rules", "max-items", "at most " + MOST_RULES + " rules"));
            return List.of();
        }
        List<AllocationRule> built = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int sharedBasisPoints = 0;
        for (int i = 0; i < rules.size(); i++) {
            String path = "$.rules[" + i + "]";
            JsonNode rule = rules.get(i);
            if (!rule.isObject()) {
                problems.add(new Problem(path, "object", "a rule is a JSON object"));
                continue;
            }
            int before = problems.size();
            String type = text(rule, path, "type", 40, true, problems);
            RuleType ruleType = type == null ? null : RULE_TYPES.get(type);
            if (type != null && ruleType == null) {
                problems.add(new Problem(path + ".type", "known-rule-type", "one of " + RULE_TYPES.keySet()));
            }
            String id = text(rule, path, "id", 64, true, problems);
            if (id != null && !IDENTIFIER.matcher(id).matches()) {
                problems.add(new Problem(path + ".id", "identifier",
                        "lower-case letters, digits, '.' and '-', at most 64"));
            } else if (id != null && !ids.add(id)) {
                problems.add(new Problem(path + ".id", "unique", "another rule has the id " + id));
            }
            text(rule, path, "citation", LONGEST_TEXT, true, problems);
            if (ruleType == null) {
                continue;
            }
            Set<String> allowed = new HashSet<>(ruleType.parameters());
            allowed.addAll(Set.of("type", "id", "citation", "note"));
            text(rule, path, "note", LONGEST_TEXT, false, problems);
            unknownProperties(rule, path, allowed, problems);
            AllocationRule read;
            try {
                read = ruleType.build().apply(new RuleReader(rule, path, id, problems));
            } catch (IllegalArgumentException refused) {
                problems.add(new Problem(path, "rule-parameters", refused.getMessage()));
                continue;
            }
            JsonNode share = rule.get("sharePercent");
            if (SHARING_TYPES.contains(type) && share != null && share.isString()
                    && PERCENT.matcher(share.asString()).matches()) {
                sharedBasisPoints += new BigDecimal(share.asString()).movePointRight(2).intValue();
            }
            if (problems.size() == before) {
                built.add(read);
            }
        }
        if (sharedBasisPoints > Share.ALL.basisPoints()) {
            problems.add(new Problem("$.rules", "shares-within-whole", "the rules' fixed shares of the frame add up "
                    + "to " + BigDecimal.valueOf(sharedBasisPoints, 2).stripTrailingZeros().toPlainString()
                    + " %, above 100 %"));
        }
        return built;
    }

    /** Reads one rule's parameters, noting every problem and answering a harmless value instead. */
    private record RuleReader(JsonNode rule, String path, String id, List<Problem> problems) {

        /** A yes/no parameter; left out is no. */
        boolean flag(String name) {
            JsonNode value = rule.get(name);
            if (value == null || value.isNull()) {
                return false;
            }
            if (!value.isBoolean()) {
                problems.add(new Problem(path + "." + name, "boolean", "true or false"));
                return false;
            }
            return value.asBoolean();
        }

        Purpose purpose(String name) {
            return constant(name, Purpose.class, Purpose.NEEDS_REPORT);
        }

        KeyFigure keyFigure(String name) {
            return constant(name, KeyFigure.class, KeyFigure.FULL_TIME_EQUIVALENTS);
        }

        String identifier(String name) {
            String value = text(rule, path, name, 64, true, problems);
            if (value != null && !IDENTIFIER.matcher(value).matches()) {
                problems.add(new Problem(path + "." + name, "identifier",
                        "lower-case letters, digits, '.' and '-', at most 64"));
            }
            return value == null ? "" : value;
        }

        List<String> identifiers(String name) {
            JsonNode list = rule.get(name);
            if (list == null || !list.isArray() || list.isEmpty() || list.size() > MOST_RECIPIENTS) {
                problems.add(new Problem(path + "." + name, "required", "a list of 1 to " + MOST_RECIPIENTS
                        + " identifiers"));
                return List.of("none");
            }
            List<String> values = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                JsonNode item = list.get(i);
                if (!item.isString() || !IDENTIFIER.matcher(item.asString()).matches()) {
                    problems.add(new Problem(path + "." + name + "[" + i + "]", "identifier",
                            "lower-case letters, digits, '.' and '-', at most 64"));
                } else {
                    values.add(item.asString());
                }
            }
            return values.isEmpty() ? List.of("none") : values;
        }

        Share share(String name) {
            Share share = optionalShare(name);
            if (share == null && rule.get(name) == null) {
                problems.add(new Problem(path + "." + name, "required", "a share in percent, e.g. \"40\""));
            }
            return share == null ? Share.NONE : share;
        }

        /** {@code null} when left out: the forum decides it each year. */
        Share optionalShare(String name) {
            JsonNode value = rule.get(name);
            return value == null || value.isNull() ? null : percent(value, path + "." + name, problems);
        }

        Long optionalAmount(String name) {
            JsonNode value = rule.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0
                    || value.asLong() > 1_000_000_000_000L) {
                problems.add(new Problem(path + "." + name, "non-negative-amount",
                        "an amount in whole øre, 0 to 10 billion kroner"));
                return 0L;
            }
            return value.asLong();
        }

        int measureYears(String name) {
            JsonNode value = rule.get(name);
            if (value == null || !value.isIntegralNumber() || !Regulation.measureYears(value.asInt())) {
                problems.add(new Problem(path + "." + name, "measure-years", "1 to "
                        + Regulation.LONGEST_MEASURE_YEARS + " budget years"));
                return Regulation.LONGEST_MEASURE_YEARS;
            }
            return value.asInt();
        }

        Map<TargetGroup, Share> targetGroupShares(String name) {
            Map<TargetGroup, Share> shares = new TreeMap<>();
            JsonNode map = object(name);
            int total = 0;
            for (Iterator<Map.Entry<String, JsonNode>> entries = map.properties().iterator(); entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                String at = path + "." + name + "." + entry.getKey();
                TargetGroup group = Arrays.stream(TargetGroup.values())
                        .filter(candidate -> candidate.name().equals(entry.getKey())).findFirst().orElse(null);
                if (group == null) {
                    problems.add(new Problem(at, "known-target-group", "one of "
                            + Arrays.toString(TargetGroup.values())));
                    continue;
                }
                Share share = percent(entry.getValue(), at, problems);
                total += share.basisPoints();
                shares.put(group, share);
            }
            if (total > Share.ALL.basisPoints()) {
                problems.add(new Problem(path + "." + name, "shares-within-whole", "the shares add up to more than "
                        + "100 %"));
            }
            return shares;
        }

        /** {@code null} when left out: the year's figures, given with the proposal. */
        Map<TargetGroup, Long> optionalTargetGroupAmounts(String name) {
            JsonNode map = rule.get(name);
            if (map == null || map.isNull()) {
                return null;
            }
            Map<TargetGroup, Long> amounts = new TreeMap<>();
            if (!map.isObject() || map.isEmpty()) {
                problems.add(new Problem(path + "." + name, "required",
                        "an object of amounts in øre by target group"));
                return amounts;
            }
            for (Iterator<Map.Entry<String, JsonNode>> entries = map.properties().iterator(); entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                String at = path + "." + name + "." + entry.getKey();
                TargetGroup group = Arrays.stream(TargetGroup.values())
                        .filter(candidate -> candidate.name().equals(entry.getKey())).findFirst().orElse(null);
                JsonNode value = entry.getValue();
                if (group == null || group == TargetGroup.BOTH) {
                    problems.add(new Problem(at, "known-target-group", "KINDERGARTEN or SCHOOL: reports for both "
                            + "are funded from what the two frames leave"));
                } else if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0
                        || value.asLong() > 1_000_000_000_000L) {
                    problems.add(new Problem(at, "non-negative-amount", "an amount in whole øre, 0 to 10 billion "
                            + "kroner"));
                } else {
                    amounts.put(group, value.asLong());
                }
            }
            return amounts;
        }

        /** The categories of a ranked selection, each with its share, target groups and ranked themes. */
        List<Pot> pots(String name) {
            JsonNode list = rule.get(name);
            if (list == null || !list.isArray() || list.isEmpty() || list.size() > MOST_POTS) {
                problems.add(new Problem(path + "." + name, "required", "a list of 1 to " + MOST_POTS + " pots"));
                return List.of();
            }
            List<Pot> pots = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String at = path + "." + name + "[" + i + "]";
                JsonNode pot = list.get(i);
                if (!pot.isObject()) {
                    problems.add(new Problem(at, "object", "a pot is a JSON object"));
                    continue;
                }
                unknownProperties(pot, at, Set.of("id", "sharePercent", "targetGroups", "widerTargetGroup",
                        "themes"), problems);
                RuleReader reader = new RuleReader(pot, at, id, problems);
                String potId = reader.identifier("id");
                if (!potId.isEmpty() && !ids.add(potId)) {
                    problems.add(new Problem(at + ".id", "unique", "another pot has the id " + potId));
                }
                pots.add(new Pot(potId, reader.share("sharePercent"), reader.targetGroups("targetGroups"),
                        reader.flag("widerTargetGroup"), reader.named("themes", MOST_THEMES)));
            }
            return pots;
        }

        /** Target groups by name; left out is none. */
        List<TargetGroup> targetGroups(String name) {
            JsonNode list = rule.get(name);
            if (list == null || list.isNull()) {
                return List.of();
            }
            List<TargetGroup> groups = new ArrayList<>();
            if (!list.isArray() || list.size() > TargetGroup.values().length) {
                problems.add(new Problem(path + "." + name, "target-groups", "a list of target groups"));
                return groups;
            }
            for (int i = 0; i < list.size(); i++) {
                JsonNode item = list.get(i);
                Optional<TargetGroup> group = Arrays.stream(TargetGroup.values())
                        .filter(candidate -> item.isString() && candidate.name().equals(item.asString())).findFirst();
                if (group.isEmpty()) {
                    problems.add(new Problem(path + "." + name + "[" + i + "]", "known-target-group", "one of "
                            + Arrays.toString(TargetGroup.values())));
                }
                group.ifPresent(groups::add);
            }
            return groups;
        }

        /** A ranked list of named things (themes, tie-breakers): each an id and the plan's own title. */
        List<Theme> named(String name, int most) {
            JsonNode list = rule.get(name);
            if (list == null || !list.isArray() || list.size() > most) {
                problems.add(new Problem(path + "." + name, "required", "a list of at most " + most
                        + " items, each an id and a title"));
                return List.of();
            }
            List<Theme> named = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String at = path + "." + name + "[" + i + "]";
                JsonNode item = list.get(i);
                if (!item.isObject()) {
                    problems.add(new Problem(at, "object", "an id and a title"));
                    continue;
                }
                unknownProperties(item, at, Set.of("id", "title"), problems);
                String itemId = new RuleReader(item, at, id, problems).identifier("id");
                String title = text(item, at, "title", LONGEST_TITLE, true, problems);
                if (!itemId.isEmpty() && !ids.add(itemId)) {
                    problems.add(new Problem(at + ".id", "unique", "another item has the id " + itemId));
                }
                named.add(new Theme(itemId, title == null ? itemId : title));
            }
            return named;
        }

        Map<Integer, Share> sharesByYears(String name) {
            Map<Integer, Share> shares = new TreeMap<>();
            JsonNode map = object(name);
            for (Iterator<Map.Entry<String, JsonNode>> entries = map.properties().iterator(); entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                String at = path + "." + name + "." + entry.getKey();
                if (!entry.getKey().matches("[1-4]")) {
                    problems.add(new Problem(at, "measure-years", "a number of budget years, 1 to "
                            + Regulation.LONGEST_MEASURE_YEARS));
                    continue;
                }
                shares.put(Integer.valueOf(entry.getKey()), percent(entry.getValue(), at, problems));
            }
            return shares;
        }

        private JsonNode object(String name) {
            JsonNode map = rule.get(name);
            if (map == null || !map.isObject() || map.isEmpty()) {
                problems.add(new Problem(path + "." + name, "required", "an object of shares in percent"));
                return JSON.createObjectNode();
            }
            return map;
        }

        private <E extends Enum<E>> E constant(String name, Class<E> type, E harmless) {
            String value = text(rule, path, name, 40, true, problems);
            if (value == null) {
                return harmless;
            }
            return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value))
                    .findFirst().orElseGet(() -> {
                        problems.add(new Problem(path + "." + name, "known-" + name.replaceAll("([A-Z])", "-$1")
                                .toLowerCase(), "one of " + Arrays.toString(type.getEnumConstants())));
                        return harmless;
                    });
        }
    }

    private static Share percent(JsonNode value, String path, List<Problem> problems) {
        if (!value.isString() || !PERCENT.matcher(value.asString()).matches()
                || new BigDecimal(value.asString()).compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new Problem(path, "share-in-percent",
                    "a percent from \"0\" to \"100\" as text, at most two decimals"));
            return Share.NONE;
        }
        return Share.percent(value.asString());
    }

    static String text(JsonNode node, String path, String name, int longest, boolean required,
                               List<Problem> problems) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(new Problem(path + "." + name, "required", name + " is required"));
            }
            return null;
        }
        if (!value.isString() || value.asString().isBlank() || value.asString().length() > longest
                || value.asString().chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            problems.add(new Problem(path + "." + name, "text", "text of 1 to " + longest
                    + " characters, no control characters"));
            return null;
        }
        return value.asString();
    }

    private static LocalDate date(JsonNode document, String name, List<Problem> problems) {
        JsonNode value = document.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            if (!value.isString()) {
                throw new DateTimeParseException("not text", value.toString(), 0);
            }
            return LocalDate.parse(value.asString());
        } catch (DateTimeParseException notADate) {
            problems.add(new Problem("$." + name, "date", "a date such as 2026-01-15"));
            return null;
        }
    }

    private static Integer year(JsonNode document, String name, boolean required, List<Problem> problems) {
        JsonNode value = document.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(new Problem("$." + name, "required", name + " is required"));
            }
            return null;
        }
        if (!value.isIntegralNumber() || value.asInt() < EARLIEST_YEAR || value.asInt() > LATEST_YEAR) {
            problems.add(new Problem("$." + name, "budget-year", "a year from " + EARLIEST_YEAR + " to "
                    + LATEST_YEAR));
            return null;
        }
        return value.asInt();
    }

    static void unknownProperties(JsonNode node, String path, Set<String> allowed, List<Problem> problems) {
        node.propertyNames().stream().sorted().filter(name -> !allowed.contains(name))
                .forEach(name -> problems.add(new Problem(path + "." + name, "unknown-property",
                        "not part of a plan document")));
    }
}
