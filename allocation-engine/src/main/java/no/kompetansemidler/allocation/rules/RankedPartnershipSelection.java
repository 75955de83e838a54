package no.kompetansemidler.allocation.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import no.kompetansemidler.allocation.input.NeedsReport;
import no.kompetansemidler.allocation.input.TargetGroup;
import no.kompetansemidler.allocation.money.LargestRemainder;
import no.kompetansemidler.allocation.money.Nok;
import no.kompetansemidler.allocation.money.Share;
import no.kompetansemidler.allocation.result.Finding;

/**
 * Funds whole partnerships in the plan's order of priority, one pot per category (Troms 2026–2029): "tilnærmet"
 * 35 % to school partnerships, 35 % to kindergarten partnerships, 30 % to partnerships that also involve a wider
 * target group and more municipal services ("laget rundt barnet"). A pot that covers its reports funds them all.
 * An oversubscribed pot is not scaled pro rata: the county governor chooses partnerships, and the engine records the
 * order the plan gives that choice. First the rank of the report's best theme in the pot's ranked themes (the plan's
 * main criterion; a report on none of them comes last), then owners new to the scheme, then how many of the plan's
 * tie-breakers the county governor found to apply to it (many pupils with individually adapted teaching,
 * dispensations, turnover, ...; a yearly assessment recorded with the proposal), and last the report's id, which the
 * findings name so the county governor can record a tie-breaker instead. Reports are funded whole in that order;
 * the first that does not fit gets what is left of the pot, and its partners agree on the split; the rest are not
 * selected, each with the reason as a finding. What the pots leave (a pot with fewer needs than money, or the part
 * of the shares below 100 %) goes to the reports still short across all pots in the same order, reports of a target
 * group no pot names included.
 *
 * <p>Where the plan funds a coordinator only on grounds ("utgangspunktet er at eier skal ha kapasitet"), a report's
 * coordinator part without grounds is not funded, and that is a finding.
 *
 * @param pots                         the categories with their shares and ranked themes, in the plan's order
 * @param tieBreakers                  the ids of the plan's tie-breakers
 * @param coordinatorOnlyWhenJustified whether coordinator funds need grounds in the report
 */
public record RankedPartnershipSelection(String id, List<Pot> pots, List<String> tieBreakers,
                                         boolean coordinatorOnlyWhenJustified) implements AllocationRule {

    public static final String NOT_SELECTED = "not-selected";
    public static final String TIE_BY_IDENTIFIER = "tie-decided-by-identifier";
    public static final String COORDINATOR_WITHOUT_GROUNDS = "coordinator-without-grounds";
    public static final String NO_PRIORITISED_THEME = "no-prioritised-theme";

    /**
     * The most places a selection tells apart (theme ranks × new owner or not × counts of tie-breakers), e.g. five
     * hundred themes with a thousand tie-breakers, where a plan has a handful of each: the candidates are counted into
     * an array of places.
     */
    private static final int PLACES = 1 << 20;

    /**
     * One category of partnerships and its share of the funds.
     *
     * @param share            "tilnærmet": a target; the forum may decide this year's value within it under the key
     *                         {@code <rule id>.<pot id>}
     * @param targetGroups     the target groups whose reports fall in the pot, unless they involve a wider one
     * @param widerTargetGroup whether the pot takes the reports that involve a wider target group, whatever their
     *                         own target group
     * @param themes           the pot's themes in the plan's order of priority
     */
    public record Pot(String id, Share share, List<TargetGroup> targetGroups, boolean widerTargetGroup,
                      List<Theme> themes) {

        public Pot {
            targetGroups = targetGroups.stream().sorted().distinct().toList();
            themes = List.copyOf(themes);
        }

    }

    /** A prioritised theme: a report names it by its id or its title, in any case. */
    public record Theme(String id, String title) {

        /** @param name a theme as the report names it, stripped */
        boolean namedBy(String name) {
            return name.equalsIgnoreCase(id) || name.equalsIgnoreCase(title);
        }
    }

    public RankedPartnershipSelection {
        pots = List.copyOf(pots);
        tieBreakers = List.copyOf(tieBreakers);
        if (pots.stream().map(Pot::id).distinct().count() != pots.size()) {
            throw new IllegalArgumentException(id + ": pot ids must be unique");
        }
        if (pots.stream().filter(Pot::widerTargetGroup).count() > 1) {
            throw new IllegalArgumentException(id + ": at most one pot takes the wider target group");
        }
        if (pots.stream().mapToInt(pot -> pot.share().basisPoints()).sum() > Share.ALL.basisPoints()) {
            throw new IllegalArgumentException(id + ": the pots' shares add up to more than 100 %");
        }
        if (lastPlace(pots, tieBreakers) >= PLACES) {
            throw new IllegalArgumentException(id + ": too many themes and tie-breakers to order");
        }
    }

    @Override
    public boolean readsNeeds() {
        return true;
    }

    @Override
    public boolean readsProfiles() {
        return true;
    }

    /**
     * A report as the selection sees it: its pot, what may be funded, and its place in the order.
     *
     * @param position the report's place in the input, which lists the reports in identifier order
     * @param place    everything that orders it except the id, in one number (see {@link #placeOf})
     * @param pot      the pot's index in the plan's list of pots, or -1 where no pot takes the report
     * @param fundable what may be funded of the owners' and the partners' parts together
     * @param reasons  what gives it its place, in words (see {@link Wording#reasons})
     */
    private record Candidate(int position, int place, NeedsReport report, int pot, long fundable, String reasons) {
    }

    /**
     * The candidates in the plan's order: by their place, then by the report's id. Counted into place, not compared:
     * ten thousand reports have a few dozen places, and within one the input's order is the ids' order.
     *
     * @param candidates in the input's order
     * @param lastPlace  the greatest place a candidate can have
     */
    private static List<Candidate> inPlanOrder(List<Candidate> candidates, int lastPlace) {
        int[] next = new int[lastPlace + 2];
        for (Candidate candidate : candidates) {
            next[candidate.place() + 1]++;
        }
        for (int place = 1; place < next.length; place++) {
            next[place] += next[place - 1];
        }
        Candidate[] ordered = new Candidate[candidates.size()];
        for (Candidate candidate : candidates) {
            ordered[next[candidate.place()]++] = candidate;
        }
        return Arrays.asList(ordered);
    }

    /**
     * The theme's rank first, then owners new to the scheme, then the more tie-breakers the better: a number that
     * orders as those three do (and is equal only where all three are), at most {@link #lastPlace}.
     */
    private int placeOf(int themeRank, boolean newOwner, int tieBreakersApplying) {
        // at most the plan's tie-breakers apply: the year's decisions list each once, and checkTieBreakers refuses
        // any not the plan's
        int kinds = tieBreakers.size() + 1;
        return (themeRank * 2 + (newOwner ? 0 : 1)) * kinds + tieBreakers.size() - tieBreakersApplying;
    }

    /** The greatest place: a report on no theme of the longest list, its owner not new, no tie-breaker applying. */
    private static long lastPlace(List<Pot> pots, List<String> tieBreakers) {
        long lastThemeRank = pots.stream().mapToInt(pot -> pot.themes().size()).max().orElse(0) + 1L;
        return (lastThemeRank * 2 + 1) * (tieBreakers.size() + 1) + tieBreakers.size();
    }

    @Override
    public void apply(Worksheet sheet) {
        checkTieBreakers(sheet);
        List<ThemeRanking> potRankings = pots.stream().map(pot -> new ThemeRanking(List.of(pot.themes()))).toList();
        // a report in no pot (kindergarten and school together, without other services) ranks on every list of the
        // target groups it covers, at its best place on any
        ThemeRanking outsidePots = new ThemeRanking(pots.stream().filter(pot -> !pot.widerTargetGroup())
                .map(Pot::themes).toList());
        List<NeedsReport> reports = sheet.input().needsReports();
        Wording wording = new Wording();
        List<Candidate> inInputOrder = new ArrayList<>(reports.size());
        for (int position = 0; position < reports.size(); position++) {
            NeedsReport report = reports.get(position);
            int pot = potOf(report);
            inInputOrder.add(candidate(sheet, position, report, pot,
                    pot >= 0 ? potRankings.get(pot) : outsidePots, wording));
        }
        List<Candidate> candidates = inPlanOrder(inInputOrder, (int) lastPlace(pots, tieBreakers));
        List<List<Candidate>> inPots = new ArrayList<>(pots.size());
        pots.forEach(pot -> inPots.add(new ArrayList<>()));
        for (Candidate candidate : candidates) {
            if (candidate.pot() >= 0) {
                inPots.get(candidate.pot()).add(candidate);
            }
        }
        long available = sheet.poolOre();
        Map<String, Long> weights = new TreeMap<>();
        int shared = 0;
        for (Pot pot : pots) {
            Share share = sheet.input().yearlyDecisions().shareOr(id + "." + pot.id(), pot.share());
            weights.put(pot.id(), (long) share.basisPoints());
            shared += share.basisPoints();
        }
        if (shared > Share.ALL.basisPoints()) {
            throw new IllegalArgumentException(id + ": this year's shares of the pots add up to more than 100 %");
        }
        // The part of the whole no pot names is split off too, so every pot gets its exact share of the funds.
        String unshared = "\u0000unshared";
        weights.put(unshared, (long) Share.ALL.basisPoints() - shared);
        SortedMap<String, Long> amounts = LargestRemainder.split(available, weights);

        // by the report's place in the input
        long[] granted = new long[reports.size()];
        Set<String> tiedByIdentifier = sheet.findings().stream().filter(finding -> finding.code()
                .equals(TIE_BY_IDENTIFIER)).map(Finding::subject).collect(Collectors.toCollection(HashSet::new));
        long leftover = amounts.get(unshared);
        for (int index = 0; index < pots.size(); index++) {
            Pot pot = pots.get(index);
            long amount = amounts.get(pot.id());
            List<Candidate> inPot = inPots.get(index);
            sheet.explain(id, pot.id(), amount, Share.between(amount, available) + " of " + Nok.format(available)
                    + " for " + inPot.size() + " report(s) of " + pot.id());
            leftover += select(sheet, pot.id(), amount, inPot, granted, tiedByIdentifier);
        }
        List<Candidate> stillShort = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (granted[candidate.position()] < candidate.fundable()) {
                stillShort.add(candidate);
            }
        }
        if (leftover > 0 && !stillShort.isEmpty()) {
            sheet.explain(id, "all pots", leftover, "what the pots leave: to the " + stillShort.size()
                    + " report(s) still short, in the same order");
            select(sheet, "all pots", leftover, stillShort, granted, tiedByIdentifier);
        }
        for (Candidate candidate : candidates) {
            if (granted[candidate.position()] == 0 && candidate.fundable() > 0) {
                sheet.find(NOT_SELECTED, candidate.report().id(), wording.notSelected(candidate.reasons()));
            }
        }
        ReportFunding.giveLines(sheet, id, granted, report -> fundableNetworkOre(sheet, report));
    }

    /**
     * Funds candidates in order, whole while they fit; the first that does not fit gets the rest.
     *
     * @return what the candidates did not need
     */
    private long select(Worksheet sheet, String subject, long amount, List<Candidate> ordered,
                        long[] granted, Set<String> tiedByIdentifier) {
        long left = amount;
        Candidate previous = null;
        for (Candidate candidate : ordered) {
            long shortfall = candidate.fundable() - granted[candidate.position()];
            if (shortfall <= 0) {
                continue;
            }
            long part = Math.min(shortfall, left);
            if (part < shortfall && previous != null && previous.place() == candidate.place()
                    && tiedByIdentifier.add(candidate.report().id())) {
                sheet.find(TIE_BY_IDENTIFIER, candidate.report().id(), "equal in the plan's order to "
                        + previous.report().id() + ", which came first by its id; the county governor may record "
                        + "a tie-breaker for either");
            }
            if (part == 0) {
                break;
            }
            granted[candidate.position()] += part;
            left -= part;
            sheet.explain(id, candidate.report().id(), part, "from " + subject + ": "
                    + (part == shortfall ? "funded whole" : "the rest of " + subject) + " (" + candidate.reasons()
                    + ")");
            previous = candidate;
        }
        return left;
    }

    /** @param pot the report's pot ({@link #potOf}) */
    private Candidate candidate(Worksheet sheet, int position, NeedsReport report, int pot, ThemeRanking ranking,
                                Wording wording) {
        int rank = ranking.rankOf(report);
        boolean ranked = rank <= ranking.themesRanked();
        if (!ranked) {
            sheet.find(NO_PRIORITISED_THEME, report.id(), wording.noPrioritisedTheme(pot));
        }
        long fundableNetwork = fundableNetworkOre(sheet, report);
        if (fundableNetwork < report.networkOre()) {
            sheet.find(COORDINATOR_WITHOUT_GROUNDS, report.id(), "coordinator " + Nok.format(report.coordinatorOre())
                    + " asked without grounds (high complexity, vulnerable area): the plan expects the owners to "
                    + "coordinate, so it is not funded");
        }
        List<String> tieBreakersApplying = sheet.input().yearlyDecisions().tieBreakersOf(report.id());
        boolean newOwner = !report.ownerParticipatedBefore();
        return new Candidate(position, placeOf(rank, newOwner, tieBreakersApplying.size()), report, pot,
                fundableNetwork + report.partnerOre(), wording.reasons(ranked ? rank : 0, newOwner,
                tieBreakersApplying));
    }

    /**
     * The first pot for a wider target group if the report involves one, else the first of its target group.
     *
     * @return the pot's index in {@link #pots}, or -1 for none
     */
    private int potOf(NeedsReport report) {
        if (report.profile().widerTargetGroup()) {
            for (int index = 0; index < pots.size(); index++) {
                if (pots.get(index).widerTargetGroup()) {
                    return index;
                }
            }
        }
        for (int index = 0; index < pots.size(); index++) {
            Pot pot = pots.get(index);
            if (!pot.widerTargetGroup() && pot.targetGroups().contains(report.targetGroup())) {
                return index;
            }
        }
        return -1;
    }

    /**
     * The words of the findings that many reports share, each distinct text built once: ten thousand reports have a
     * few dozen different reasons for their place (a theme's rank, an owner new to the scheme, the tie-breakers).
     */
    private final class Wording {

        private final Map<Reasons, String> reasons = new HashMap<>();
        private final Map<String, String> notSelected = new HashMap<>();
        private final Map<Integer, String> noPrioritisedTheme = new HashMap<>();

        /** @param themeRank the rank of the report's best theme, 0 where it names none of the plan's */
        String reasons(int themeRank, boolean newOwner, List<String> tieBreakersApplying) {
            return reasons.computeIfAbsent(new Reasons(themeRank, newOwner, tieBreakersApplying), key ->
                    (themeRank > 0 ? "theme priority " + themeRank : "no prioritised theme")
                            + (newOwner ? ", owner new to the scheme" : "")
                            + (tieBreakersApplying.isEmpty() ? "" : ", tie-breakers " + tieBreakersApplying));
        }

        String notSelected(String reasons) {
            return notSelected.computeIfAbsent(reasons, key -> "not selected: the funds went to partnerships "
                    + "before it in the plan's order (" + reasons + ")");
        }

        /** @param pot the report's pot, -1 for none */
        String noPrioritisedTheme(int pot) {
            return noPrioritisedTheme.computeIfAbsent(pot, key -> "names none of the plan's prioritised themes"
                    + (pot < 0 ? "" : " for " + pots.get(pot).id()) + ": it comes after the reports that do");
        }
    }

    private record Reasons(int themeRank, boolean newOwner, List<String> tieBreakersApplying) {
    }

    /**
     * The ranks a report's themes give it on some of the plan's theme lists. Each name a report gives is looked up
     * once: reports repeat the same few names, and a name is compared with every theme of every list.
     */
    private static final class ThemeRanking {

        private final List<List<Theme>> lists;
        private final int themesRanked;
        /** by the name as reported, before it is stripped */
        private final Map<String, Integer> rankOfName = new HashMap<>();

        ThemeRanking(List<List<Theme>> lists) {
            this.lists = lists;
            this.themesRanked = lists.stream().mapToInt(List::size).max().orElse(0);
        }

        /** The longest list's length: a report that names none of their themes ranks one after it. */
        int themesRanked() {
            return themesRanked;
        }

        /** The best rank on any of the lists of any theme the report names. */
        int rankOf(NeedsReport report) {
            int rank = themesRanked + 1;
            for (String reported : report.profile().themes()) {
                rank = Math.min(rank, rankOfName.computeIfAbsent(reported, name -> rankOfTheme(name.strip())));
            }
            return rank;
        }

        /** @param name a theme as a report names it, stripped */
        private int rankOfTheme(String name) {
            int rank = themesRanked + 1;
            for (List<Theme> themes : lists) {
                for (int i = 0; i < themes.size() && i + 1 < rank; i++) {
                    if (themes.get(i).namedBy(name)) {
                        rank = i + 1;
                    }
                }
            }
            return rank;
        }
    }

    private long fundableNetworkOre(Worksheet sheet, NeedsReport report) {
        boolean unfunded = coordinatorOnlyWhenJustified && !report.profile().coordinatorJustified();
        return report.networkOre() - (unfunded ? report.coordinatorOre() : 0);
    }

    private void checkTieBreakers(Worksheet sheet) {
        sheet.input().yearlyDecisions().tieBreakers().forEach((reportId, applying) -> {
            if (sheet.input().needsReports().stream().noneMatch(report -> report.id().equals(reportId))) {
                throw new IllegalArgumentException("tie-breakers for " + reportId + ", which is not a standing "
                        + "needs report");
            }
            applying.stream().filter(tieBreaker -> !tieBreakers.contains(tieBreaker)).findFirst()
                    .ifPresent(unknown -> {
                        throw new IllegalArgumentException("tie-breaker " + unknown + " for " + reportId
                                + " is not one of the plan's: " + tieBreakers);
                    });
        });
    }
}
