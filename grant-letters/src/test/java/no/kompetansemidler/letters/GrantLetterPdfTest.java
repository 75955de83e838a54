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

    private static final GrantLetter PRIVATE_OWNER = new GrantLetter(
            List.of("Statsforvalteren i Troms", "Postboks 6105 Langnes, 9291 Tromsø"), "Troms",
            "troms-2027/private-barnehager", LocalDate.of(2027, 3, 15), "private-barnehager", 2027, "2026-2029.2",
            List.of(new GrantLetter.Line("NEEDS_REPORT", "private-barnehager-1", 2, 60_000_000L, 40_000_000L)),
            "Forumet tilrådde å prioritere nye eiere i ordningen; tilskuddet er økt med 100 000 kroner.",
            List.of("Tiltakene gjennomføres i samarbeid med UiT"), LocalDate.of(2028, 6, 30),
            GrantLetter.Appeal.APPEALABLE);
    private static final GrantLetter MUNICIPALITY = new GrantLetter(List.of("Statsforvalteren i Troms"), "Troms",
            "troms-2027/tromso", LocalDate.of(2027, 3, 15), "tromso", 2027, null,
            List.of(new GrantLetter.Line("NETWORK_FRAME", null, 1, 12_345_678L, 0L)), null, List.of(),
            LocalDate.of(2028, 6, 30), GrantLetter.Appeal.NOT_APPEALABLE);

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
                "Begrunnelse: Forumet tilrådde å prioritere nye eiere",
                "Tiltakene gjennomføres i samarbeid med UiT", "innen 30. juni 2028 (forskriften § 17)",
                "forvaltningsloven §§ 28 og 29", "Klagefristen er tre uker", "Utdanningsdirektoratet");
    }

    @Test
    void a_municipality_is_told_it_cannot_appeal_and_a_single_year_promises_nothing_later() throws IOException {
        String text = text(GrantLetterPdf.render(MUNICIPALITY));
        assertThat(text).contains("123 456,78 kr", "Vedtaket kan derfor ikke påklages", "Ingen særskilte vilkår")
                .doesNotContain("tre uker", "forvaltningsloven §§ 28", "videre statlig bevilgning", "Begrunnelse");
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
        for (GrantLetter letter : List.of(PRIVATE_OWNER, MUNICIPALITY)) {
            Path file = directory.resolve(letter.recipientId() + ".pdf");
            Files.write(file, GrantLetterPdf.render(letter));
            ValidationResult result = PreflightParser.validate(file.toFile());
            assertThat(result.getErrorsList()).as(letter.recipientId())
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
