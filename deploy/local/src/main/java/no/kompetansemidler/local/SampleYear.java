package no.kompetansemidler.local;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A complete Innlandet round driven through the public HTTP API only, as a frontend would: plan, frame, template,
 * needs reports from the networks, the submission deadline passing, the engine's proposal, forum input, decision,
 * a withdrawal and its reallocation, reports, approval and closing; over several years, the tranches a decision
 * promised are granted by the next year's decision and paid. It doubles as living documentation of the API.
 */
public final class SampleYear {

    /** Innlandet's regional networks and the private schools' network, with full-time equivalents (hundredths). */
    static final Map<String, Long> NETWORKS = Map.of("valdres", 120_000L, "midt-gudbrandsdal", 90_000L,
            "nord-gudbrandsdal", 110_000L, "nord-osterdal", 80_000L, "sor-osterdal", 210_000L, "hamar", 400_000L,
            "lillehammer", 310_000L, "gjovik", 300_000L, "kongsvinger", 190_000L, "private-skoler", 60_000L);
    /**
     * Each network's grant holder in the county's register: a network of municipalities' host municipality, and for
     * the private schools' network a private school owner acting for it. Synthetic organisation numbers with valid
     * check digits.
     */
    private static final Map<String, String[]> GRANT_HOLDERS = Map.ofEntries(
            Map.entry("valdres", new String[] {"921000006", "Nord-Aurdal kommune"}),
            Map.entry("midt-gudbrandsdal", new String[] {"921000014", "Nord-Fron kommune"}),
            Map.entry("nord-gudbrandsdal", new String[] {"921000022", "Sel kommune"}),
            Map.entry("nord-osterdal", new String[] {"921000030", "Tynset kommune"}),
            Map.entry("sor-osterdal", new String[] {"921000049", "Elverum kommune"}),
            Map.entry("hamar", new String[] {"921000057", "Hamar kommune"}),
            Map.entry("lillehammer", new String[] {"921000065", "Lillehammer kommune"}),
            Map.entry("gjovik", new String[] {"921000073", "Gjøvik kommune"}),
            Map.entry("kongsvinger", new String[] {"921000081", "Kongsvinger kommune"}),
            Map.entry("private-skoler", new String[] {"921000103", "Innlandet Montessoriskole AS"}));
    private static final String[] TARGET_GROUPS = {"KINDERGARTEN", "SCHOOL", "BOTH"};
    private static final Duration WAIT = Duration.ofSeconds(90);
    /**
     * The reporting deadline the sample decision sets, from the decision: short, so a run shows the reminder and the
     * overdue notice a real year spreads over months.
     */
    private static final Duration REPORTING_TIME = Duration.ofSeconds(40);
    /** The recipient whose report comes after the deadline. */
    static final String LATE_REPORTER = "valdres";
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI commandService;
    private final URI queryService;
    private final LocalTokens tokens;
    private final PrintStream out;
    private final Clock clock;
    private final HttpClient http = HttpClient.newHttpClient();

    /** On the real clock, as the services run unless moved. */
    public SampleYear(URI commandService, URI queryService, LocalTokens tokens, PrintStream out) {
        this(commandService, queryService, tokens, out, Clock.systemUTC());
    }

    /** @param clock the services' clock, for the deadlines and days the year's commands give */
    public SampleYear(URI commandService, URI queryService, LocalTokens tokens, PrintStream out, Clock clock) {
        this.commandService = commandService;
        this.queryService = queryService;
        this.tokens = tokens;
        this.out = out;
        this.clock = clock;
    }

    /** Runs the year and returns the round id. */
    public String run(int budgetYear) throws IOException, InterruptedException {
        return runYear(budgetYear, Map.of());
    }

    /**
     * Runs consecutive years: each year as {@link #run}, its multi-year lines promising the next years' tranches,
     * which the later year's decision grants with letters of their own and which are then paid from their grants.
     *
     * @return the round ids, in year order
     */
    public List<String> runYears(int firstYear, int years) throws IOException, InterruptedException {
        List<String> rounds = new ArrayList<>();
        // later budget year -> the grant (earlier round / recipient) -> the tranche it promised for that year
        Map<Integer, Map<String, Long>> promised = new TreeMap<>();
        for (int year = firstYear; year < firstYear + years; year++) {
            Map<String, Long> tranches = promised.getOrDefault(year, Map.of());
            Map<String, Long> byRecipient = new TreeMap<>();
            tranches.forEach((grant, amount) -> byRecipient.merge(grant.substring(grant.indexOf('/') + 1), amount,
                    Long::sum));
            String round = runYear(year, byRecipient);
            rounds.add(round);
            for (Map.Entry<String, Long> tranche : tranches.entrySet()) {
                payTranche(tranche.getKey(), year, tranche.getValue());
            }
            for (JsonNode line : decidedLines(round)) {
                for (int later = 1; later < line.get("years").asInt(); later++) {
                    promised.computeIfAbsent(year + later, next -> new TreeMap<>()).merge(
                            round + "/" + line.get("recipientId").asString(),
                            line.get("networkOre").asLong() + line.get("partnerOre").asLong(), Long::sum);
                }
            }
        }
        return rounds;
    }

    /** The tranche of an earlier grant, once this year's decision has granted it: ordered and paid in one go. */
    private void payTranche(String grant, int budgetYear, long amountOre) throws IOException, InterruptedException {
        String path = "/rounds/" + grant.replace("/", "/grants/") + "/payments";
        String order = "{\"budgetYear\": " + budgetYear + ", \"amountOre\": " + amountOre + ", \"dueOn\": \""
                + budgetYear + "-05-01\"}";
        // the grant learns of its tranche letter from the event stream, a moment after the decision
        long deadline = System.nanoTime() + WAIT.toNanos();
        HttpResponse<String> ordered = command(path, order, 201, 422);
        while (ordered.statusCode() == 422 && ordered.body().contains("tranche-not-granted")
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
            ordered = command(path, order, 201, 422);
        }
        if (ordered.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + " answered " + ordered.statusCode() + ": "
                    + ordered.body());
        }
        step("payment of " + budgetYear + "'s tranche of grant " + grant + " ordered", ordered);
        step("payment of grant " + grant + " recorded as made", command(path + "/"
                + JSON.readTree(ordered.body()).get("number").asInt() + "/confirmation",
                "{\"paidOn\": \"" + budgetYear + "-05-02\", \"accountingReference\": \"Sample " + budgetYear
                        + "\"}", 200));
    }

    private void report(String path, String recipient, long grantOre) throws IOException, InterruptedException {
        String report = report(grantOre);
        step("report from " + recipient, NETWORKS.containsKey(recipient)
                ? asNetwork(recipient, path + "/reports/" + recipient, report, 201)
                : command(path + "/reports/" + recipient, report, 201));
        step("report of " + recipient + " approved", command(path + "/reports/" + recipient + "/review",
                "{\"approved\": true, \"remarks\": \"I orden\"}", 200));
    }

    private List<JsonNode> decidedLines(String round) throws IOException, InterruptedException {
        JsonNode view = awaitAllocation(round, allocation -> !allocation.get("view").get("decision").isNull());
        List<JsonNode> lines = new ArrayList<>();
        view.get("view").get("decision").get("lines").forEach(lines::add);
        return lines;
    }

    private String runYear(int budgetYear, Map<String, Long> tranches) throws IOException, InterruptedException {
        String round = "innlandet-" + budgetYear;
        String path = "/rounds/" + round;
        step("the forum's plan 2026-01-15 adopted", command("/plans/innlandet/adoptions",
                "{\"version\": \"2026-01-15\"}", 201, 409));
        registerOwnersAndNetworks();
        grantRepresentatives();
        step("round opened", command("/rounds", "{\"county\": \"Innlandet\", \"budgetYear\": " + budgetYear
                + ", \"budgetFrameOre\": 0}", 201));
        step("budget frame 28 734 500,00 NOK from the grant letter", command(path + "/budget-frame",
                "{\"budgetFrameOre\": 2873450000, \"grantLetterReference\": \"Udir " + budgetYear + "/1\"}", 200));
        Instant deadline = clock.instant().plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
        ObjectNode template = JSON.createObjectNode().put("templateVersion", budgetYear + "-1")
                .put("submissionDeadline", deadline.toString());
        NETWORKS.keySet().stream().sorted().forEach(template.putArray("recipients")::add);
        step("needs-report template sent to " + NETWORKS.size() + " networks, deadline " + deadline,
                command(path + "/needs-template", template.toString(), 200));
        step("the open call announced: any network in Innlandet's register may report its needs",
                command(path + "/call", "{\"text\": \"Alle barnehage- og skoleeiere i Innlandet, kommunale og "
                        + "private, kan melde behov for kollektiv kompetanseutvikling innen fristen.\"}", 200));
        int index = 0;
        for (String network : new TreeSet<>(NETWORKS.keySet())) {
            String targetGroup = TARGET_GROUPS[index % TARGET_GROUPS.length];
            int years = index == 0 ? 2 : 1;
            long yearly = 150_000_000L + 10_000_000L * index++;
            step("needs report from " + network + " (" + years + (years == 1 ? " year)" : " years)"),
                    asNetwork(network, path + "/needs-reports", needsReport(network, targetGroup, years, yearly),
                            201));
        }
        out.println("  waiting for the submission deadline to close the window ...");
        awaitRound(round, view -> "NEEDS_CLOSED".equals(view.get("step").asString()));

        ObjectNode keyFigures = JSON.createObjectNode();
        ArrayNode networks = keyFigures.putArray("networks");
        new TreeMap<>(NETWORKS).forEach((network, fte) -> networks.addObject().put("networkId", network)
                .put("fullTimeEquivalentsHundredths", fte).put("pupilsAndChildren", 0));
        step("proposal drafted by the allocation engine under the plan", command(path + "/proposals",
                keyFigures.toString(), 201));
        JsonNode proposal = awaitAllocation(round, view -> !view.get("view").get("proposal").isNull())
                .get("view").get("proposal");
        step("forum meeting: consensus on the proposal", command(path + "/forum-meetings", """
                {"meetingDate": "%d-03-11", "membersPresent": [
                   {"name": "Kari Nordmann", "organisation": "Statsforvalteren i Innlandet",
                    "countyGovernorRepresentative": true},
                   {"name": "Siri Berg", "organisation": "Utdanningsforbundet", "countyGovernorRepresentative": false},
                   {"name": "Per Lie", "organisation": "Høgskolen i Innlandet", "countyGovernorRepresentative": false}],
                 "items": [{"subject": "Forslag til fordeling", "outcome": {"kind": "CONSENSUS",
                            "conclusion": "Forslaget tilrås"}}]}""".formatted(budgetYear), 201));
        ObjectNode decision = JSON.createObjectNode();
        decision.set("lines", proposal.get("lines"));
        // a deadline close enough to be seen passing: the reminder comes halfway to it, and one report comes late
        Instant reportingDeadline = clock.instant().plus(REPORTING_TIME).truncatedTo(ChronoUnit.SECONDS);
        decision.put("reportingDeadline", reportingDeadline.toString());
        step("allocation decided on the proposal; grant letters issued", command(path + "/decision",
                decision.toString(), 201));

        Map<String, Long> grants = new TreeMap<>();
        proposal.get("lines").forEach(line -> grants.merge(line.get("recipientId").asString(),
                line.get("networkOre").asLong() + line.get("partnerOre").asLong(), Long::sum));
        grants.values().removeIf(amount -> amount == 0);
        step("1 000 000 øre withdrawn from valdres", command(path + "/grants/valdres/withdrawals",
                "{\"amountOre\": 1000000, \"reason\": \"Ett tiltak ble ikke gjennomført\"}", 200));
        step("600 000 øre of the withdrawn funds reallocated to nord-osterdal", command(path + "/reallocations",
                """
                {"source": "WITHDRAWN_GRANT", "sourceReference": "valdres", "amountOre": 600000,
                 "reason": "Udekket behov", "lines": [{"recipientId": "nord-osterdal", "purpose": "NETWORK_FRAME",
                 "years": 1, "networkOre": 360000, "partnerOre": 240000}]}""", 201));
        grants.merge("valdres", -1_000_000L, Long::sum);
        grants.merge("nord-osterdal", 600_000L, Long::sum);
        appeal(path, budgetYear);
        grants.merge("private-skoler", 400_000L, Long::sum);
        // the tranches earlier decisions promised for this year, granted by this year's decision
        tranches.forEach((recipient, amount) -> grants.merge(recipient, amount, Long::sum));

        for (Map.Entry<String, Long> grant : grants.entrySet()) {
            String recipient = grant.getKey();
            if (recipient.equals(LATE_REPORTER)) {
                continue;
            }
            report(path, recipient, grant.getValue());
        }
        out.println("  waiting for the reporting deadline " + reportingDeadline + ": " + LATE_REPORTER
                + " is reminded halfway to it and is overdue after it ...");
        await(path + "/reporting", recipients -> recipients.valueStream().anyMatch(recipient ->
                LATE_REPORTER.equals(recipient.get("recipientId").asString())
                        && recipient.get("overdue").asBoolean()));
        report(path, LATE_REPORTER, grants.get(LATE_REPORTER));
        step("round closed", command(path + "/closure", "{}", 200));
        awaitRound(round, view -> "CLOSED".equals(view.get("step").asString()));

        String reader = tokens.issue("auditor", "innlandet", List.of(), Duration.ofHours(12));
        out.printf("""

                Sample year %s done. Where to look, with a 12-hour auditor token for Innlandet
                (or your own from deploy/local/token.sh auditor innlandet):
                  T=%s
                  allocation view  curl -H "Authorization: Bearer $T" %s/rounds/%s/allocation
                  audit report     %s/rounds/%s/report.html  (send the same header, e.g. from a browser plug-in)
                  decision as CSV  curl -H "Authorization: Bearer $T" -o vedtak.csv %s/rounds/%s/decision.csv
                  verification     curl -H "Authorization: Bearer $T" %s/rounds/%s/verification
                  grant letter     curl -H "Authorization: Bearer $T" -o tilsagn.pdf %s/rounds/%s/grants/private-skoler/letter.pdf
                  letter on appeal curl -H "Authorization: Bearer $T" -o klage.pdf "%s/rounds/%s/grants/private-skoler/letter.pdf?reallocation=2"
                  appeals          curl -H "Authorization: Bearer $T" %s/rounds/%s/appeals
                  register         curl -H "Authorization: Bearer $T" %s/counties/innlandet/register
                  calendar         curl -H "Authorization: Bearer $T" %s/rounds/%s/calendar
                  calendar feed    %s/counties/innlandet/calendar/%s.ics  (public, for a calendar application)
                  timeline         curl -H "Authorization: Bearer $T" %s/rounds/%s/timeline
                  Kafka            deploy/local/consume.sh kompetansemidler.grant-rounds
                  notices          deploy/local/notices.sh
                %n""", round, reader, queryService, round, queryService, round, queryService, round, queryService,
                round, queryService, round, queryService, round, queryService, round, queryService, queryService,
                round, queryService, round.substring(round.lastIndexOf('-') + 1), queryService, round);
        return round;
    }

    /** The county's register of owners and networks, once: a later year finds them registered (409). */
    private void registerOwnersAndNetworks() throws IOException, InterruptedException {
        for (Map.Entry<String, String[]> holder : new TreeMap<>(GRANT_HOLDERS).entrySet()) {
            boolean isPrivate = holder.getKey().equals("private-skoler");
            ObjectNode owner = JSON.createObjectNode().put("organisationNumber", holder.getValue()[0])
                    .put("name", holder.getValue()[1]).put("kind", isPrivate ? "PRIVATE" : "MUNICIPALITY");
            ArrayNode institutions = owner.putArray("institutions");
            if (!isPrivate) {
                institutions.add("KINDERGARTEN");
            }
            institutions.add("SCHOOL");
            if (isPrivate) {
                owner.putArray("approvals").addObject().put("institution", "SCHOOL")
                        .put("reference", "Udir 2018/4471").put("approvedOn", "2018-06-15");
            }
            step("owner registered: " + holder.getValue()[1], command("/registers/innlandet/owners",
                    owner.toString(), 201, 409));
            ObjectNode network = JSON.createObjectNode().put("networkId", holder.getKey())
                    .put("name", isPrivate ? "Private skoler i Innlandet" : "Kompetansenettverket " + holder.getKey())
                    .put("grantHolder", holder.getValue()[0]);
            network.putArray("memberOwners").add(holder.getValue()[0]);
            step("network registered: " + holder.getKey() + ", its grant held by " + holder.getValue()[1],
                    command("/registers/innlandet/networks", network.toString(), 201, 409));
        }
    }

    /**
     * The private schools appeal their letter: the county governor grants 400 000 øre of valdres' withdrawn funds
     * on reconsideration, with a new letter, and forwards the rest to the directorate, which upholds the decision.
     */
    private void appeal(String path, int budgetYear) throws IOException, InterruptedException {
        step("private-skoler appeal their grant letter", asNetwork("private-skoler", path + "/appeals",
                "{\"recipientId\": \"private-skoler\", \"receivedOn\": \"" + LocalDate.now(clock.withZone(NORWAY))
                        + "\", \"grounds\": \"Frikjøp for lærerne i to av skolene er ikke dekket\"}", 201));
        step("appeal partly granted on reconsideration, with a new letter; the rest forwarded to Udir",
                command(path + "/appeals/1/reconsideration", """
                        {"outcome": "PARTLY_GRANTED", "reason": "Frikjøp for én skole er godt begrunnet",
                         "source": "WITHDRAWN_GRANT", "sourceReference": "valdres", "amountOre": 400000,
                         "lines": [{"recipientId": "private-skoler", "purpose": "NETWORK_FRAME", "years": 1,
                                    "networkOre": 400000, "partnerOre": 0}],
                         "statement": "Frikjøp for den andre skolen har ikke grunnlag i planen"}""", 200));
        step("the directorate upholds the rest of the decision", command(path + "/appeals/1/appeal-body-decision",
                "{\"outcome\": \"UPHELD\", \"caseReference\": \"Udir " + budgetYear + "/4411\", \"reason\": "
                        + "\"Vedtaket er i samsvar med planen\"}", 200));
    }

    private void step(String description, HttpResponse<String> response) {
        out.println("  " + response.statusCode() + "  " + description);
    }

    private HttpResponse<String> command(String path, String body, int... expected)
            throws IOException, InterruptedException {
        return send(path, body, tokens.issue("administrator", "innlandet", List.of(), Duration.ofMinutes(30)),
                expected);
    }

    /**
     * Each network's representative is a person the county's administrator grants the role in the access register
     * (ADR 25); the representatives' tokens are person tokens with no role in them.
     */
    private void grantRepresentatives() {
        // dated on the services' clock, which checks them
        AccessRegistrar registrar = new AccessRegistrar(() -> commandService, tokens, clock);
        for (String network : new TreeSet<>(NETWORKS.keySet())) {
            registrar.grant(LocalTokens.identityFor("network-representative", "innlandet", List.of(network)),
                    "network-representative", "innlandet", List.of(network));
        }
        out.println("  ok   representatives of " + NETWORKS.size() + " networks granted in the access register");
    }

    private HttpResponse<String> asNetwork(String network, String path, String body, int... expected)
            throws IOException, InterruptedException {
        return send(path, body, tokens.person(LocalTokens.identityFor("network-representative", "innlandet",
                List.of(network)), LocalTokens.HIGH, Duration.ofMinutes(30)), expected);
    }

    private HttpResponse<String> send(String path, String body, String token, int... expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(commandService.resolve(path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
                + response.body());
    }

    private JsonNode awaitRound(String round, Predicate<JsonNode> done) throws IOException, InterruptedException {
        return await("/rounds/" + round, done);
    }

    private JsonNode awaitAllocation(String round, Predicate<JsonNode> done)
            throws IOException, InterruptedException {
        return await("/rounds/" + round + "/allocation", done);
    }

    private JsonNode await(String path, Predicate<JsonNode> done) throws IOException, InterruptedException {
        String token = tokens.issue("auditor", "innlandet", List.of(), Duration.ofMinutes(30));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(queryService.resolve(path))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                JsonNode view = JSON.readTree(response.body());
                if (done.test(view)) {
                    return view;
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the view " + path + " did not get there within " + WAIT);
    }

    private static String needsReport(String network, String targetGroup, int years, long yearlyOre) {
        long partner = yearlyOre * 55 / 100;
        return """
                {"networkId": "%s", "content": {"owners": ["Eiere i %s"],
                 "partners": [{"name": "Høgskolen i Innlandet", "kind": "UNIVERSITY_OR_COLLEGE"}],
                 "targetGroup": "%s", "themes": ["inkludering", "språk"],
                 "measures": [{"title": "Kompetanseløft %s", "durationYears": %d, "ownerOre": %d,
                               "partnerOre": %d, "coordinatorOre": 0, "releaseTimeOre": 0}],
                 "ownContribution": "Ledere og ansatte deltar i samlinger", "samiPerspectives": "Samisk innhold",
                 "leftoverFundsOre": 0, "ownerParticipatedBefore": true, "yearsFundedBefore": 0}}"""
                .formatted(network, network, targetGroup, network, years, yearlyOre - partner, partner);
    }

    /** Used plus unspent accounts for the whole grant. */
    private static String report(long grantOre) {
        long unspent = grantOre / 50;
        long used = grantOre - unspent;
        return """
                {"measuresCarriedOut": ["Samlinger og veiledning"],
                 "fundsUsed": {"ownerOre": %d, "partnerOre": %d, "coordinatorOre": 0}, "unspentOre": %d,
                 "accounts": [{"item": "Samlinger", "amountOre": %d}, {"item": "Høgskolen", "amountOre": %d}],
                 "assessment": {"measuresPerPlan": "Gjennomført", "changedPractice": "Ja",
                   "learningCommunity": "Styrket", "practiceOrientedTeacherEducation": "Studenter deltok",
                   "inclusion": "Tilpasset opplæring"}}""".formatted(used / 2, used - used / 2, unspent, used / 2,
                used - used / 2);
    }
}
