package no.kompetansemidler.allocation.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import no.kompetansemidler.allocation.money.Share;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * Recorded proposals and decisions carry their input's fingerprint and are verified against it years later, so the
 * canonical text must never change: these values were computed by the code that wrote the stored histories.
 */
class AllocationInputFingerprintTest {

    private static final AllocationInput INPUT = new AllocationInput(28_734_500_00L, 1_200_00L, 3_000_00L,
            List.of(new Network("valdres", Map.of(KeyFigure.FULL_TIME_EQUIVALENTS, 410L)),
                    new Network("hadeland", Map.of(KeyFigure.FULL_TIME_EQUIVALENTS, 655L))),
            List.of(new NeedsReport("r-2", "valdres", TargetGroup.SCHOOL, 700_000_00L, 300_000_00L, 50_000_00L, 3,
                            true, 2, new NeedsReport.Profile(List.of("språk", "inkludering"), true, false)),
                    new NeedsReport("r-1", "hadeland", TargetGroup.KINDERGARTEN, 400_000_00L, 0, 0, 1, false, 0,
                            NeedsReport.Profile.NONE)),
            List.of(new ManualAdjustment("r-1", "r-2", 10_000_00L, "Samordning")),
            new YearlyDecisions(Map.of("coordinator-cap", Share.percent("10")), Map.of("base", 5_00L)),
            Map.of(3, 2_000_00L));

    @Test
    void the_fingerprint_of_an_input_is_what_it_always_was() {
        assertThat(INPUT.fingerprint("Innlandet/2026-01-15[rules]", false))
                .isEqualTo("66276b14a8f3469edd61e6cba57772f23538ae18d275a890a7da7ced3a179e63");
        assertThat(INPUT.fingerprint("Innlandet/2026-01-15[rules]", true))
                .isEqualTo("f7e5f108331ab46d51cf28853d496d12772fdb39c51de5b4b32d01a33b1ac9eb");
    }

    @Test
    void an_input_without_networks_reports_or_adjustments_keeps_its_fingerprint() {
        AllocationInput empty = new AllocationInput(100_00L, 0, 0, List.of(), List.of());
        assertThat(empty.fingerprint("rules"))
                .isEqualTo("e4fc7c13c2b5acd66a1d47e274ef504fff835f3639d7ce8197983e0daf0943c2");
    }

    /**
     * The text is written as UTF-8 and hashed in pieces as it goes: an input of many reports, with letters of two and
     * of four bytes, has the digest of its whole text written plainly.
     */
    @Test
    void a_fingerprint_hashed_in_pieces_is_the_digest_of_the_whole_text() {
        List<Network> networks = List.of(new Network("nettverk-ø", Map.of(KeyFigure.FULL_TIME_EQUIVALENTS, 10L)));
        List<NeedsReport> reports = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            reports.add(new NeedsReport(String.format("rapport-%04d-æ😀", i), "nettverk-ø", TargetGroup.BOTH,
                    1_000L + i, 2_000L + i, 0, 1 + i % 4, i % 2 == 0, i % 3,
                    new NeedsReport.Profile(List.of("språk", "lesing"), i % 5 == 0, false)));
        }
        AllocationInput input = new AllocationInput(5_000_000_00L, 0, 0, networks, reports);

        for (boolean withProfiles : List.of(false, true)) {
            String whole = plainText(input, "rules", withProfiles);
            assertThat(whole.length()).isGreaterThan(100_000);
            assertThat(input.fingerprint("rules", withProfiles)).isEqualTo(sha256(whole));
        }
    }

    /**
     * Whatever the reports' ids and themes hold (letters of any plane, lone surrogates, control characters), the
     * fingerprint is the digest of the text written plainly and encoded in one go.
     */
    @Property(tries = 300)
    void any_text_in_the_reports_is_hashed_as_the_whole_text_encodes(
            @ForAll @Size(max = 40) List<@StringLength(max = 30) String> texts, @ForAll boolean withProfiles,
            @ForAll @LongRange(max = Long.MAX_VALUE / 4) long amount) {
        List<NeedsReport> reports = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            reports.add(new NeedsReport(i + ":" + texts.get(i), "n", TargetGroup.values()[i % 3], amount, i, 0, 1 + i % 4,
                    i % 2 == 0, i, new NeedsReport.Profile(List.of(texts.get(i), texts.get(texts.size() - 1 - i)),
                    i % 3 == 0, i % 5 == 0)));
        }
        AllocationInput input = new AllocationInput(amount, amount, amount, List.of(new Network("n", Map.of())),
                reports);
        String rules = texts.isEmpty() ? "" : texts.get(0);

        assertThat(input.fingerprint(rules, withProfiles)).isEqualTo(sha256(plainText(input, rules, withProfiles)));
    }

    /** The canonical text as the stored fingerprints define it, for inputs without adjustments or yearly figures. */
    private static String plainText(AllocationInput input, String rules, boolean withProfiles) {
        StringBuilder text = new StringBuilder(rules + "\n" + input.budgetFrameOre() + "\n" + input.leftoverFundsOre()
                + "\n" + input.commitmentsOre() + "\n");
        text.append(input.networks().stream().map(network -> network.id() + new TreeMap<>(network.keyFigures()))
                .collect(Collectors.joining("\n"))).append('\n');
        text.append(input.needsReports().stream().map(report -> report.id() + "|" + report.networkId() + "|"
                + report.targetGroup() + "|" + report.networkOre() + "|" + report.partnerOre() + "|"
                + report.coordinatorOre() + "|" + report.durationYears() + "|" + report.ownerParticipatedBefore() + "|"
                + report.yearsFundedBefore() + (withProfiles ? "|themes=" + String.join(";", report.profile().themes())
                + "|wider=" + report.profile().widerTargetGroup() + "|coordinator-justified="
                + report.profile().coordinatorJustified() : "")).collect(Collectors.joining("\n")));
        return text.append("\n\n").append("{}|{}").toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
