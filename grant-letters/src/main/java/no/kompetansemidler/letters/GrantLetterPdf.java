package no.kompetansemidler.letters;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link GrantLetter} as a PDF/A-1b document in Norwegian bokmål ({@link ArchivalPdf}), its dates and file
 * identifier from the letter itself, so the same letter renders to the same bytes on every instance and at every
 * request.
 */
public final class GrantLetterPdf {

    /** The layout's version: a letter once sent must render the same, so a new layout is a new version. */
    public static final String LAYOUT_VERSION = "1";

    private static final String[] MONTHS = {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
            "september", "oktober", "november", "desember"};
    private static final char NO_BREAK = '\u00A0';
    private static final float BODY = ArchivalPdf.BODY;

    private GrantLetterPdf() {
    }

    public static byte[] render(GrantLetter letter) {
        try (ArchivalPdf pdf = ArchivalPdf.a4()) {
            write(letter, pdf);
            return pdf.finish(title(letter), letter.office(), "kompetansemidler grant-letters " + LAYOUT_VERSION,
                    letter.letterDate(), letter.letterReference() + "\n" + LAYOUT_VERSION);
        }
    }

    /** The SHA-256 of a document's bytes in lowercase hex, as its record and its ETag carry it. */
    public static String sha256(byte[] document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    /** The letter's title, also the document's. */
    public static String title(GrantLetter letter) {
        return "Tilsagn om tilskudd til kollektiv kompetanseutvikling i barnehage og grunnskole " + letter.budgetYear();
    }

    private static void write(GrantLetter letter, ArchivalPdf layout) {
        layout.line(letter.office(), true, 12f);
        for (String line : letter.letterhead()) {
            layout.line(line, false, 9.5f);
        }
        layout.space(14f);
        layout.line("Vår dato: " + date(letter.letterDate()), false, 9.5f);
        layout.line("Vår referanse: " + letter.letterReference(), false, 9.5f);
        if (letter.recipient() == null) {
            layout.line("Til: " + letter.recipientId(), false, 9.5f);
        } else {
            layout.line("Til: " + letter.recipient().name() + " (" + letter.recipientId() + ")", false, 9.5f);
            layout.line("v/ " + letter.recipient().grantHolderName() + ", org.nr. "
                    + organisationNumber(letter.recipient().grantHolderNumber()), false, 9.5f);
        }
        layout.space(18f);
        layout.paragraph(title(letter), true, 14f);
        layout.space(6f);
        layout.paragraph(letter.office() + " har vedtatt å gi "
                + (letter.recipient() == null ? letter.recipientId() : letter.recipient().name()) + " tilskudd på "
                + kroner(letter.yearlyOre()) + " for budsjettåret " + letter.budgetYear() + "."
                + (letter.reallocation() == null ? "" : " Tilskuddet gis av midler som ble til overs etter årets "
                + "tildeling (restmidler), omfordeling nr. " + letter.reallocation() + ".")
                + (letter.trancheOf() == null ? "" : " Tilskuddet er årets del av et flerårig tilsagn gitt ved "
                + "vedtaket i tildelingsrunden " + letter.trancheOf() + ", slik Stortingets bevilgning for året "
                + "gir rom for."), false, BODY);
        GrantLetter.OnAppeal onAppeal = letter.onAppeal();
        if (onAppeal != null) {
            layout.paragraph("Vedtaket er truffet etter klage nr. " + onAppeal.appealNumber() + ", mottatt "
                    + date(onAppeal.receivedOn()) + ". " + (onAppeal.byAppealBody()
                    ? onAppeal.appealBody() + " har som klageinstans gitt klagen " + (onAppeal.partly() ? "delvis " : "")
                    + "medhold (forvaltningsloven § 34)."
                    : letter.office() + " har ved forberedende klagebehandling gitt klagen "
                    + (onAppeal.partly() ? "delvis " : "") + "medhold og omgjort vedtaket (forvaltningsloven "
                    + "§ 33).") + " Begrunnelse: " + onAppeal.reason(), false, BODY);
        }

        layout.heading("Hjemmel");
        layout.paragraph("Tilskuddet gis etter forskrift om tilskudd til kollektiv kompetanseutvikling i barnehage og "
                + "grunnskole (i kraft 12. januar 2026), med hjemmel i Stortingets årlige budsjettvedtak, etter "
                + (letter.trancheOf() != null ? "som årets del av tilsagnet gitt ved vedtaket i tildelingsrunden "
                + letter.trancheOf() + ", på det vedtakets grunnlag."
                : "kriteriene for tildeling i forskriften § 4 og "
                + (letter.planVersion() == null ? "samarbeidsforumets prioriteringer."
                : "den langsiktige planen for " + letter.countyName() + " (versjon " + letter.planVersion()
                + "), jf. forskriften § 9.")), false, BODY);

        layout.heading("Tilskudd");
        if (letter.trancheOf() != null) {
            layout.paragraph("Årets del av tilsagnet fra " + letter.trancheOf() + ": " + kroner(letter.yearlyOre())
                    + ". Fordelingen mellom eier/nettverk og partner følger tilsagnet.", false, BODY);
        }
        for (GrantLetter.Line line : letter.trancheOf() != null ? List.<GrantLetter.Line>of() : letter.lines()) {
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
        if (letter.trancheOf() != null) {
            layout.paragraph("Vilkårene i tilsagnet fra " + letter.trancheOf() + " gjelder også for årets del.", false,
                    BODY);
        } else if (letter.conditions().isEmpty()) {
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
        if (onAppeal != null && onAppeal.byAppealBody()) {
            layout.paragraph("Vedtaket er truffet av klageinstansen og kan ikke påklages videre (forvaltningsloven "
                    + "§ 28 tredje ledd).", false, BODY);
        } else {
            switch (letter.appeal()) {
                case APPEALABLE -> layout.paragraph(appealable, false, BODY);
                case NOT_APPEALABLE -> layout.paragraph(municipal, false, BODY);
                case UNKNOWN -> {
                    layout.paragraph("Er tilskuddsmottaker en privat eier av barnehage eller skole, gjelder dette: "
                            + appealable, false, BODY);
                    layout.paragraph("Er tilskuddsmottaker en kommune, gjelder dette: " + municipal, false, BODY);
                }
            }
        }

        layout.space(18f);
        layout.paragraph("Med hilsen", false, BODY);
        layout.paragraph(letter.office(), false, BODY);
        layout.paragraph("Dokumentet er elektronisk godkjent og har ingen signatur.", false, 9f);
    }

    /** {@code 910 000 004}, grouped in threes as the register prints it. */
    static String organisationNumber(String number) {
        return number.length() != 9 ? number
                : number.substring(0, 3) + " " + number.substring(3, 6) + " " + number.substring(6);
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
}
