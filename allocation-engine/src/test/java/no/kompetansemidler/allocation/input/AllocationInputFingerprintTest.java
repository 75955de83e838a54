package no.kompetansemidler.allocation.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.allocation.money.Share;
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

    /** The text is hashed in pieces as it is written: an input of many reports has the digest of its whole text. */
    @Test
    void a_fingerprint_hashed_in_pieces_is_the_digest_of_the_whole_text() throws Exception {
        List<Network> networks = List.of(new Network("nettverk-ø", Map.of(KeyFigure.FULL_TIME_EQUIVALENTS, 10L)));
        List<NeedsReport> reports = new java.util.ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            // ids with letters of two and of four bytes in UTF-8, so a piece could end inside a character
            reports.add(new NeedsReport(String.format("rapport-%04d-æ😀", i), "nettverk-ø", TargetGroup.BOTH,
                    1_000L + i, 2_000L + i, 0, 1 + i % 4, i % 2 == 0, i % 3,
                    new NeedsReport.Profile(List.of("språk"), i % 5 == 0, false)));
        }
        AllocationInput input = new AllocationInput(5_000_000_00L, 0, 0, networks, reports);

        for (boolean withProfiles : List.of(false, true)) {
            StringBuilder whole = new StringBuilder("rules\n500000000\n0\n0\n")
                    .append(networks.get(0).canonicalForm()).append('\n');
            for (int i = 0; i < input.needsReports().size(); i++) {
                whole.append(i > 0 ? "\n" : "");
                input.needsReports().get(i).appendCanonicalForm(whole, withProfiles);
            }
            whole.append("\n\n").append(YearlyDecisions.NONE.canonicalForm());
            String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(whole.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(whole.length()).isGreaterThan(100_000);
            assertThat(input.fingerprint("rules", withProfiles)).isEqualTo(digest);
        }
    }
}
