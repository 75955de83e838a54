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
 * A document an archive can keep: PDF/A-1b on A4 pages, DejaVu Sans embedded, an sRGB output intent, in bokmål, its
 * lines and paragraphs written top to bottom, and its dates and file identifier taken from what it says, never from
 * the clock, so the same content gives the same bytes on every instance. Any text renders: a line break starts a new
 * line, tabs and other control characters become spaces, a character the font lacks becomes a question mark, and a
 * word longer than a line is broken.
 */
public final class ArchivalPdf implements AutoCloseable {

    /** The body text's size, in points. */
    public static final float BODY = 10.5f;

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    private static final char NO_BREAK = '\u00A0';
    private static final float MARGIN = 56f;
    private static final float LEADING = 1.35f;

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private PDPageContentStream content;
    private float y;

    private ArchivalPdf() throws IOException {
        document.setVersion(1.4f);
        regular = font("DejaVuSans.ttf");
        bold = font("DejaVuSans-Bold.ttf");
        newPage();
    }

    public static ArchivalPdf a4() {
        try {
            return new ArchivalPdf();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** A heading, with space before it. */
    public void heading(String text) {
        space(10f);
        line(text, true, 11.5f);
        space(2f);
    }

    public void space(float points) {
        y -= points;
    }

    /** One line as it is, cut by the page's edge if it is longer; use {@link #paragraph} for text that wraps. */
    public void line(String text, boolean strong, float size) {
        try {
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
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The text wrapped to the page's width, a line break in it starting a new line, an over-long word broken. */
    public void paragraph(String text, boolean strong, float size) {
        try {
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
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /**
     * The document's bytes, with its information, XMP metadata, PDF/A identification, output intent and identifier.
     *
     * @param dated      the day the document is of (a decision, the last event of a history), in Norway
     * @param identifier what identifies the document and its layout; the file identifier is derived from it
     */
    public byte[] finish(String title, String author, String producer, LocalDate dated, String identifier) {
        try {
            content.close();
            describe(title, author, producer, dated, identifier);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // PDF/A-1 has no cross-reference streams: the classic table, uncompressed objects
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
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

    private void describe(String title, String author, String producer, LocalDate dated, String identifier)
            throws IOException {
        Calendar created = GregorianCalendar.from(dated.atStartOfDay(NORWAY));
        created.setTimeZone(TimeZone.getTimeZone(NORWAY));
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

        // the file identifier from what the document is, not from the clock
        byte[] id = Arrays.copyOf(sha256(identifier), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private PDType0Font font(String file) throws IOException {
        try (InputStream font = ArchivalPdf.class.getResourceAsStream("fonts/" + file)) {
            if (font == null) {
                throw new IOException("font " + file + " is missing from the classpath");
            }
            return PDType0Font.load(document, font, true);
        }
    }

    /** A word wider than a line, in pieces that each fit. */
    private static List<String> pieces(String word, PDType0Font font, float size, float width) throws IOException {
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

    /** The text as the font can show it. */
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

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
