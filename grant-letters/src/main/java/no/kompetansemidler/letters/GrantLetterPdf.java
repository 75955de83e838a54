package no.kompetansemidler.letters;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Renders a {@link GrantLetter} as a PDF/A-1b document in Norwegian bokmål: A4, the fonts embedded, sRGB output
 * intent, and the document's dates and identifier taken from the letter itself, so the same letter renders to the
 * same bytes on every instance and at every request.
 */
public final class GrantLetterPdf {

    /** The layout's version: a letter once sent must render the same, so a new layout is a new version. */
    public static final String LAYOUT_VERSION = "1";

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    private static final String[] MONTHS = {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
            "september", "oktober", "november", "desember"};
    private static final char NO_BREAK = '\u00A0';
    private static final float MARGIN = 56f;
    private static final float BODY = 10.5f;
    private static final float LEADING = 1.35f;

    private GrantLetterPdf() {
    }

    public static byte[] render(GrantLetter letter) {
        try (PDDocument document = new PDDocument()) {
            document.setVersion(1.4f);
            PDType0Font regular = font(document, "DejaVuSans.ttf");
            PDType0Font bold = font(document, "DejaVuSans-Bold.ttf");
            Layout layout = new Layout(document, regular, bold);
            write(letter, layout);
            layout.close();
            describe(document, letter);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // PDF/A-1 has no cross-reference streams: the classic table, uncompressed objects
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The letter's title, also the document's. */
    public static String title(GrantLetter letter) {
        return "Tilsagn om tilskudd til kollektiv kompetanseutvikling i barnehage og grunnskole " + letter.budgetYear();
    }

    private static void write(GrantLetter letter, Layout layout) throws IOException {
        layout.line(letter.office(), true, 12f);
        for (String line : letter.letterhead()) {
            layout.line(line, false, 9.5f);
        }
        layout.space(14f);
        layout.line("Vår dato: " + date(letter.letterDate()), false, 9.5f);
        layout.line("Vår referanse: " + letter.letterReference(), false, 9.5f);
        layout.line("Til: " + letter.recipientId(), false, 9.5f);
        layout.space(18f);
        layout.paragraph(title(letter), true, 14f);
        layout.space(6f);
        layout.paragraph(letter.office() + " har vedtatt å gi " + letter.recipientId() + " tilskudd på "
                + kroner(letter.yearlyOre()) + " for budsjettåret " + letter.budgetYear() + ".", false, BODY);

        layout.heading("Hjemmel");
        layout.paragraph("Tilskuddet gis etter forskrift om tilskudd til kollektiv kompetanseutvikling i barnehage og "
                + "grunnskole (i kraft 12. januar 2026), med hjemmel i Stortingets årlige budsjettvedtak, etter "
                + "kriteriene for tildeling i forskriften § 4 og "
                + (letter.planVersion() == null ? "samarbeidsforumets prioriteringer."
                : "den langsiktige planen for " + letter.countyName() + " (versjon " + letter.planVersion()
                + "), jf. forskriften § 9."), false, BODY);

        layout.heading("Tilskudd");
        for (GrantLetter.Line line : letter.lines()) {
            String what = purpose(line.purpose()) + (line.needsReportId() == null ? ""
                    : " (behovsmelding " + line.needsReportId() + ")");
            layout.paragraph(what + ": " + kroner(line.yearlyOre()) + " per år, av dette " + kroner(line.networkOre())
                    + " til eier/nettverk og " + kroner(line.partnerOre()) + " til partner (UH)"
                    + (line.years() > 1 ? ", i " + line.years() + " budsjettår fra " + letter.budgetYear() : "")
                    + ".", false, BODY);
        }
        layout.paragraph("Sum for " + letter.budgetYear() + ": " + kroner(letter.yearlyOre()) + ".", true, BODY);
        if (letter.lines().stream().anyMatch(line -> line.years() > 1)) {
            layout.paragraph("Beløpene for senere budsjettår er tilsagn på vilkår av Stortingets bevilgning for hvert "
                    + "år; utbetaling av midler forutsetter videre statlig bevilgning. Hvert års del gis med eget "
                    + "brev i det årets tildeling.", false, BODY);
        }

        List<GrantLetter.Line> belowNeeds = letter.lines().stream().filter(line -> line.requestedOre() != null
                && line.requestedOre() > line.yearlyOre()).toList();
        if (letter.deviationReason() != null || !belowNeeds.isEmpty()) {
            layout.heading("Begrunnelse");
            for (GrantLetter.Line line : belowNeeds) {
                layout.paragraph("Behovsmelding " + line.needsReportId() + " ba om " + kroner(line.requestedOre())
                        + " per år; tilskuddet er " + kroner(line.yearlyOre()) + ". Midlene er fordelt etter "
                        + (letter.planVersion() == null ? "samarbeidsforumets prioriteringer"
                        : "prinsippene i den langsiktige planen") + " innenfor årets ramme, og behovsmeldingene "
                        + "til sammen oversteg det som var til fordeling.", false, BODY);
            }
            if (letter.deviationReason() != null) {
                layout.paragraph("Tilskuddet avviker fra forslaget til fordeling"
                        + (letter.proposalDiscussed() ? " som samarbeidsforumet drøftet" : "") + ". Begrunnelse: "
                        + letter.deviationReason(), false, BODY);
            }
        }

        layout.heading("Vilkår");
        if (letter.conditions().isEmpty()) {
            layout.paragraph("Midlene skal brukes til de tiltakene tilskuddet er gitt til. Ingen særskilte vilkår "
                    + "utover dette.", false, BODY);
        } else {
            for (String condition : letter.conditions()) {
                layout.paragraph("– " + condition, false, BODY);
            }
        }

        layout.heading("Rapportering");
        layout.paragraph("Tilskuddsmottaker skal rapportere på bruken av midlene og måloppnåelsen innen "
                + date(letter.reportingDeadline()) + " (forskriften § 17): hvilke tiltak som er gjennomført, et "
                + "enkelt regnskap over brukte og ubrukte midler, og en vurdering etter kriteriene i forskriften "
                + "§ 5 a–e. Midler som ikke er brukt etter formålet, kan kreves tilbakebetalt.", false, BODY);

        layout.heading("Klageadgang");
        String appealable = "Vedtaket er et enkeltvedtak som kan påklages etter forvaltningsloven §§ 28 og 29. "
                + "Klagefristen er tre uker fra dette brevet kom fram. Klagen sendes til " + letter.office()
                + ", som kan omgjøre vedtaket eller sende klagen videre til Utdanningsdirektoratet som klageinstans. "
                + "Klagen må nevne vedtaket det klages over og den endringen som ønskes, og bør begrunnes "
                + "(forvaltningsloven § 32). En klage som kommer for sent, kan likevel bli behandlet "
                + "(forvaltningsloven § 31). Parten har rett til å se sakens dokumenter (forvaltningsloven §§ 18 "
                + "og 19).";
        String municipal = "Tilskudd fra staten til en kommune er ikke et enkeltvedtak etter forvaltningsloven. "
                + "Vedtaket kan derfor ikke påklages.";
        switch (letter.appeal()) {
            case APPEALABLE -> layout.paragraph(appealable, false, BODY);
            case NOT_APPEALABLE -> layout.paragraph(municipal, false, BODY);
            case UNKNOWN -> {
                layout.paragraph("Er tilskuddsmottaker en privat eier av barnehage eller skole, gjelder dette: "
                        + appealable, false, BODY);
                layout.paragraph("Er tilskuddsmottaker en kommune, gjelder dette: " + municipal, false, BODY);
            }
        }

        layout.space(18f);
        layout.paragraph("Med hilsen", false, BODY);
        layout.paragraph(letter.office(), false, BODY);
        layout.paragraph("Dokumentet er elektronisk godkjent og har ingen signatur.", false, 9f);
    }

    /** The document's information, XMP metadata, PDF/A identification, output intent and identifier. */
    private static void describe(PDDocument document, GrantLetter letter) throws IOException {
        Calendar created = GregorianCalendar.from(letter.letterDate().atStartOfDay(NORWAY));
        created.setTimeZone(TimeZone.getTimeZone(NORWAY));
        String title = title(letter);
        String author = letter.office();
        String producer = "kompetansemidler grant-letters " + LAYOUT_VERSION;

        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator(producer);
        info.setProducer(producer);
        info.setCreationDate(created);
        info.setModificationDate(created);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
        dublinCore.setTitle(title);
        dublinCore.addCreator(author);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        basic.setCreatorTool(producer);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(producer);
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        try {
            pdfa.setPart(1);
            pdfa.setConformance("B");
        } catch (BadFieldValueException impossible) {
            throw new IllegalStateException(impossible);
        }
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, serialized, true);
        } catch (javax.xml.transform.TransformerException failed) {
            throw new IOException(failed);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(serialized.toByteArray());
        document.getDocumentCatalog().setMetadata(metadata);
        document.getDocumentCatalog().setLanguage("nb-NO");

        PDOutputIntent intent = new PDOutputIntent(document,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);

        // the file identifier from the letter's reference and layout, not from the clock
        byte[] identifier = Arrays.copyOf(sha256(letter.letterReference() + "\n" + LAYOUT_VERSION), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(identifier));
        ids.add(new COSString(identifier));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static PDType0Font font(PDDocument document, String file) throws IOException {
        try (InputStream font = GrantLetterPdf.class.getResourceAsStream("fonts/" + file)) {
            if (font == null) {
                throw new IOException("font " + file + " is missing from the classpath");
            }
            return PDType0Font.load(document, font, true);
        }
    }

    /** {@code 1 000 000,00 kr}, grouped with no-break spaces, from øre. */
    static String kroner(long ore) {
        String digits = Long.toString(Math.abs(ore / 100));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(NO_BREAK);
            }
            grouped.append(digits.charAt(i));
        }
        return (ore < 0 ? "-" : "") + grouped + "," + String.format(Locale.ROOT, "%02d", Math.abs(ore % 100))
                + NO_BREAK + "kr";
    }

    /** {@code 15. mars 2027}. */
    static String date(LocalDate day) {
        return day.getDayOfMonth() + ". " + MONTHS[day.getMonthValue() - 1] + " " + day.getYear();
    }

    private static String purpose(String purpose) {
        return switch (purpose) {
            case "NEEDS_REPORT" -> "Tiltak etter behovsmelding";
            case "NETWORK_FRAME" -> "Ramme til kompetansenettverket";
            case "COMMON_MEASURES" -> "Felles tiltak";
            case "EQUALISATION" -> "Utjevning";
            case "FACILITATION" -> "Tilrettelegging";
            default -> purpose;
        };
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Writes lines and wrapped paragraphs down A4 pages, opening a new page when one is full. */
    private static final class Layout {

        private final PDDocument document;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private PDPageContentStream content;
        private float y;

        Layout(PDDocument document, PDType0Font regular, PDType0Font bold) throws IOException {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void heading(String text) throws IOException {
            space(10f);
            line(text, true, 11.5f);
            space(2f);
        }

        void space(float points) {
            y -= points;
        }

        void line(String text, boolean strong, float size) throws IOException {
            PDType0Font font = strong ? bold : regular;
            if (y - size * LEADING < MARGIN) {
                newPage();
            }
            y -= size * LEADING;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN, y);
            content.showText(printable(text, font));
            content.endText();
        }

        /** Wraps the text to the page's width, a line break in it starting a new line, an over-long word broken. */
        void paragraph(String text, boolean strong, float size) throws IOException {
            PDType0Font font = strong ? bold : regular;
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            for (String given : text.split("\\R", -1)) {
                StringBuilder current = new StringBuilder();
                for (String word : printable(given, font).split(" ")) {
                    for (String piece : pieces(word, font, size, width)) {
                        String candidate = current.isEmpty() ? piece : current + " " + piece;
                        if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                            lines.add(current.toString());
                            current = new StringBuilder(piece);
                        } else {
                            current = new StringBuilder(candidate);
                        }
                    }
                }
                lines.add(current.toString());
            }
            for (String line : lines) {
                line(line, strong, size);
            }
            space(size * 0.4f);
        }

        /** A word wider than a line, in pieces that each fit. */
        private static List<String> pieces(String word, PDType0Font font, float size, float width)
                throws IOException {
            List<String> pieces = new ArrayList<>();
            StringBuilder piece = new StringBuilder();
            for (int offset = 0; offset < word.length(); ) {
                int codePoint = word.codePointAt(offset);
                String next = piece + new String(Character.toChars(codePoint));
                if (!piece.isEmpty() && font.getStringWidth(next) / 1000 * size > width) {
                    pieces.add(piece.toString());
                    piece = new StringBuilder(new String(Character.toChars(codePoint)));
                } else {
                    piece = new StringBuilder(next);
                }
                offset += Character.charCount(codePoint);
            }
            pieces.add(piece.toString());
            return pieces;
        }

        /**
         * The text as the font can show it: tabs and other control characters as spaces, a character the font has
         * no glyph for as a question mark, so no accepted text can make a letter fail.
         */
        private static String printable(String text, PDType0Font font) {
            StringBuilder shown = new StringBuilder();
            text.codePoints().forEach(codePoint -> {
                if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint) && codePoint != NO_BREAK) {
                    shown.append(' ');
                } else if (hasGlyph(font, codePoint)) {
                    shown.appendCodePoint(codePoint);
                } else {
                    shown.append('?');
                }
            });
            return shown.toString();
        }

        private static boolean hasGlyph(PDType0Font font, int codePoint) {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IllegalArgumentException | IOException missing) {
                return false;
            }
        }

        void close() throws IOException {
            content.close();
        }
    }
}
