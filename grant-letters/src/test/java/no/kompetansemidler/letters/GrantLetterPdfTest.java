package no.kompetansemidler.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A grant letter read back as a reader and an archive would: its text, its first page as an image, PDF/A. */
class GrantLetterPdfTest {

    private static final GrantLetter PRIVATE_OWNER = new GrantLetter("Statsforvalteren i Troms og Finnmark",
            List.of("Postboks 6105 Langnes, 9291 Tromsø"), "Troms", "troms-2027/private-barnehager",
            LocalDate.of(2027, 3, 15), "private-barnehager", 2027, "2026-2029.2", true,
            List.of(new GrantLetter.Line("NEEDS_REPORT", "private-barnehager-1", 2, 60_000_000L, 40_000_000L,
                    120_000_000L)),
            "Forumet tilrådde å prioritere nye eiere i ordningen; tilskuddet er økt med 100 000 kroner.",
            List.of("Tiltakene gjennomføres i samarbeid med UiT"), LocalDate.of(2028, 6, 30),
            GrantLetter.Appeal.APPEALABLE, null);
    private static final GrantLetter MUNICIPALITY = new GrantLetter("Statsforvalteren i Troms og Finnmark",
            List.of(), "Troms", "troms-2027/tromso", LocalDate.of(2027, 3, 15), "tromso", 2027, null, true,
            List.of(new GrantLetter.Line("NETWORK_FRAME", null, 1, 12_345_678L, 0L, null)), null, List.of(),
            LocalDate.of(2028, 6, 30), GrantLetter.Appeal.NOT_APPEALABLE, null);

    @Test
    void the_letter_says_amount_split_legal_basis_conditions_reporting_and_the_private_owners_right_to_appeal()
            throws IOException {
        String text = text(GrantLetterPdf.render(PRIVATE_OWNER));
        assertThat(text).contains(
                "Tilsagn om tilskudd til kollektiv kompetanseutvikling i barnehage og grunnskole 2027",
                "Vår referanse: troms-2027/private-barnehager", "Vår dato: 15. mars 2027",
                "1 000 000,00 kr per år, av dette 600 000,00 kr til eier/nettverk og 400 000,00 kr til partner (UH), "
                        + "i 2 budsjettår fra 2027",
                "forskrift om tilskudd til kollektiv kompetanseutvikling i barnehage og", "versjon 2026-2029.2",
                "utbetaling av midler forutsetter videre statlig bevilgning",
                "Behovsmelding private-barnehager-1 ba om 1 200 000,00 kr per år; tilskuddet er 1 000 000,00 kr",
                "avviker fra forslaget til fordeling som samarbeidsforumet drøftet. Begrunnelse: Forumet tilrådde",
                "kriteriene for tildeling i forskriften § 4", "jf. forskriften § 9",
                "Tiltakene gjennomføres i samarbeid med UiT", "innen 30. juni 2028 (forskriften § 17)",
                "forvaltningsloven §§ 28 og 29", "Klagefristen er tre uker",
                "Klagen sendes til Statsforvalteren i Troms og Finnmark", "Utdanningsdirektoratet",
                "bør begrunnes (forvaltningsloven § 32)", "sakens dokumenter (forvaltningsloven §§ 18 og 19)");
    }

    @Test
    void a_municipality_is_told_it_cannot_appeal_and_a_single_year_promises_nothing_later() throws IOException {
        String text = text(GrantLetterPdf.render(MUNICIPALITY));
        assertThat(text).contains("123 456,78 kr", "Vedtaket kan derfor ikke påklages", "Ingen særskilte vilkår")
                .doesNotContain("tre uker", "forvaltningsloven §§ 28", "videre statlig bevilgning", "Begrunnelse");
    }

    @Test
    void a_recipient_of_unknown_kind_is_told_when_the_letter_can_be_appealed_and_when_not() throws IOException {
        GrantLetter unknown = new GrantLetter("Statsforvalteren i Innlandet", List.of(), "Innlandet",
                "innlandet-2027/valdres", LocalDate.of(2027, 3, 15), "valdres", 2027, null, false,
                MUNICIPALITY.lines(), "Fristen for vedtak", List.of(), LocalDate.of(2028, 6, 30),
                GrantLetter.Appeal.UNKNOWN, 2);
        assertThat(text(GrantLetterPdf.render(unknown))).contains(
                "Er tilskuddsmottaker en privat eier av barnehage eller skole, gjelder dette: Vedtaket er et "
                        + "enkeltvedtak", "Er tilskuddsmottaker en kommune, gjelder dette: Tilskudd fra staten",
                "Tilskuddet avviker fra forslaget til fordeling. Begrunnelse: Fristen for vedtak",
                "restmidler), omfordeling nr. 2");
    }

    @Test
    void a_grant_on_appeal_names_the_appeal_and_the_appeal_bodys_decision_cannot_be_appealed_further()
            throws IOException {
        GrantLetter byCountyGovernor = onAppeal(new GrantLetter.OnAppeal(1, LocalDate.of(2027, 3, 30), null, true,
                "Frikjøp for én skole er godt begrunnet"));
        assertThat(text(GrantLetterPdf.render(byCountyGovernor))).contains(
                "Til: Private barnehager i Troms (private-barnehager)",
                "v/ Barnehagene i Nord AS, org.nr. 910 000 012",
                "har vedtatt å gi Private barnehager i Troms tilskudd",
                "etter klage nr. 1, mottatt 30. mars 2027",
                "ved forberedende klagebehandling gitt klagen delvis medhold og omgjort vedtaket (forvaltningsloven "
                        + "§ 33)", "Klagefristen er tre uker");
        GrantLetter byAppealBody = onAppeal(new GrantLetter.OnAppeal(1, LocalDate.of(2027, 3, 30), "Utdanningsdirektoratet", false,
                "Vedtaket bygde på feil opplysninger"));
        assertThat(text(GrantLetterPdf.render(byAppealBody))).contains(
                "Utdanningsdirektoratet har som klageinstans gitt klagen medhold (forvaltningsloven § 34)",
                "kan ikke påklages videre (forvaltningsloven § 28 tredje ledd)").doesNotContain("tre uker");
    }

    @Test
    void the_years_tranche_of_an_earlier_grant_states_the_promise_it_comes_from_without_a_split()
            throws IOException {
        GrantLetter tranche = new GrantLetter("Statsforvalteren i Troms og Finnmark", List.of(), "Troms",
                "troms-2028/tromso/tranche/troms-2027", LocalDate.of(2028, 3, 15), "tromso", 2028, "2026-2029.2",
                true, List.of(new GrantLetter.Line("TRANCHE", null, 1, 12_500_000L, 0L, null)), null, List.of(),
                LocalDate.of(2029, 6, 30), GrantLetter.Appeal.NOT_APPEALABLE, null, null, null, "troms-2027");
        assertThat(text(GrantLetterPdf.render(tranche))).contains(
                "årets del av et flerårig tilsagn gitt ved vedtaket i tildelingsrunden troms-2027",
                "Årets del av tilsagnet fra troms-2027: 125 000,00 kr",
                "som årets del av tilsagnet gitt ved vedtaket i tildelingsrunden troms-2027",
                "Vilkårene i tilsagnet fra troms-2027 gjelder også for årets del")
                .doesNotContain("til partner (UH)", "forskriften § 4", "Ingen særskilte vilkår");
    }

    private static GrantLetter onAppeal(GrantLetter.OnAppeal appeal) {
        GrantLetter letter = PRIVATE_OWNER;
        return new GrantLetter(letter.office(), letter.letterhead(), letter.countyName(),
                letter.letterReference() + "/reallocation-2", letter.letterDate(), letter.recipientId(),
                letter.budgetYear(), letter.planVersion(), true, List.of(new GrantLetter.Line("NETWORK_FRAME", null, 1,
                400_000L, 0L, null)), null, List.of(), letter.reportingDeadline(), GrantLetter.Appeal.APPEALABLE, 2,
                new GrantLetter.Recipient("Private barnehager i Troms", "Barnehagene i Nord AS", "910000012"), appeal,
                null);
    }

    @Test
    void any_accepted_text_renders_line_breaks_tabs_characters_the_font_lacks_and_a_word_longer_than_a_line()
            throws IOException {
        String word = "Kompetanseutvikling".repeat(30);
        GrantLetter odd = new GrantLetter("Statsforvalteren i Troms og Finnmark", List.of("Linje\tmed tab"), "Troms",
                "troms-2027/tromso", LocalDate.of(2027, 3, 15), "tromso", 2027, null, true, MUNICIPALITY.lines(),
                "Første linje\nandre linje\r\ntredje 漢字 😀 " + word, List.of("Vilkår\tmed tab"),
                LocalDate.of(2028, 6, 30), GrantLetter.Appeal.NOT_APPEALABLE, null);
        String text = text(GrantLetterPdf.render(odd));
        assertThat(text).contains("Første linje andre linje tredje", "Linje med tab", "Vilkår med tab");
        // every piece of the long word is on the page, none cut off
        assertThat(text.replace(" ", "")).contains(word);
    }

    @Test
    void the_same_letter_renders_to_the_same_bytes_whatever_the_default_locale_and_time_zone() {
        byte[] here = GrantLetterPdf.render(PRIVATE_OWNER);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(GrantLetterPdf.render(PRIVATE_OWNER)).isEqualTo(here);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void the_same_letter_renders_to_the_same_bytes() {
        assertThat(GrantLetterPdf.render(PRIVATE_OWNER)).isEqualTo(GrantLetterPdf.render(PRIVATE_OWNER));
        assertThat(GrantLetterPdf.render(PRIVATE_OWNER)).isNotEqualTo(GrantLetterPdf.render(MUNICIPALITY));
    }

    @Test
    void the_first_page_renders_to_an_a4_image_with_text_on_it() throws IOException {
        try (PDDocument document = Loader.loadPDF(GrantLetterPdf.render(PRIVATE_OWNER))) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            assertThat(ImageIO.write(page, "png", png)).isTrue();
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
            // A4 at 72 dpi is 595.3 x 841.9 points
            assertThat(read.getWidth()).isEqualTo(595);
            assertThat(read.getHeight()).isEqualTo(841);
            long dark = 0;
            for (int x = 0; x < read.getWidth(); x++) {
                for (int y = 0; y < read.getHeight(); y++) {
                    int rgb = read.getRGB(x, y);
                    if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 3 * 128) {
                        dark++;
                    }
                }
            }
            // text covers a few per cent of the page, and the margins stay white
            assertThat(dark).isBetween(2_000L, 100_000L);
            assertThat(read.getRGB(10, 10) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        }
    }

    @Test
    void the_letter_is_valid_pdf_a_1b(@TempDir Path directory) throws IOException {
        GrantLetter onAppeal = onAppeal(new GrantLetter.OnAppeal(1, LocalDate.of(2027, 3, 30), "Utdanningsdirektoratet", true, "Ja"));
        for (GrantLetter letter : List.of(PRIVATE_OWNER, MUNICIPALITY, onAppeal)) {
            Path file = directory.resolve(letter.letterReference().replace('/', '-') + ".pdf");
            Files.write(file, GrantLetterPdf.render(letter));
            ValidationResult result = PreflightParser.validate(file.toFile());
            assertThat(result.getErrorsList()).as(letter.letterReference())
                    .extracting(error -> error.getErrorCode() + " " + error.getDetails()).isEmpty();
            assertThat(result.isValid()).isTrue();
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // amounts are grouped with no-break spaces; lines wrap where the page ends
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s*\\R\\s*", " ");
        }
    }
}
