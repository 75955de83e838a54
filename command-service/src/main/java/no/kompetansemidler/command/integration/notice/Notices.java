package no.kompetansemidler.command.integration.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import no.kompetansemidler.events.appeal.AppealPeriodEnded;
import no.kompetansemidler.events.grant.PaymentMade;
import no.kompetansemidler.events.needs.AdjustmentRequested;
import no.kompetansemidler.events.needs.NeedsTemplateSent;
import no.kompetansemidler.events.reporting.ReportReturned;
import no.kompetansemidler.events.reporting.ReportingReminderSent;
import no.kompetansemidler.events.reporting.ReportsOverdue;

/**
 * What each notice says, from the event it comes from: to whom (the networks; the register gives their
 * organisations), by when, about what, in bokmål. Plain functions of the event, so a republished notice says the same.
 */
public final class Notices {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private Notices() {
    }

    public static NoticeFacts templateSent(NeedsTemplateSent sent) {
        return new NoticeFacts(sent.roundId(), sent.recipients(), sent.submissionDeadline(), sent.templateVersion(),
                "Statsforvalteren har sendt behovsmeldingsmal " + sent.templateVersion() + " for " + sent.roundId()
                        + ". Fristen for behovsmeldingen er " + day(sent.submissionDeadline()) + ".");
    }

    public static NoticeFacts adjustmentRequested(AdjustmentRequested requested) {
        return new NoticeFacts(requested.roundId(), List.of(requested.networkId()), null,
                requested.roundId() + "/proposal-" + requested.proposalNumber(), "Statsforvalteren ber om en "
                        + "justert behovsmelding for " + requested.roundId() + " innenfor rammen i forslag "
                        + requested.proposalNumber() + ". Begrunnelse: " + requested.reason());
    }

    public static NoticeFacts reportingReminder(ReportingReminderSent reminder) {
        return new NoticeFacts(reminder.roundId(), reminder.recipientIds(), reminder.reportingDeadline(), null,
                "Påminnelse: rapporten om bruken av tilskuddet i " + reminder.roundId() + " skal leveres innen "
                        + day(reminder.reportingDeadline()) + " (forskriften § 17).");
    }

    public static NoticeFacts reportsOverdue(ReportsOverdue overdue) {
        return new NoticeFacts(overdue.roundId(), overdue.recipientIds(), overdue.reportingDeadline(), null,
                "Fristen " + day(overdue.reportingDeadline()) + " for rapporten om bruken av tilskuddet i "
                        + overdue.roundId() + " er passert. Lever rapporten snarest; midler som ikke er gjort rede "
                        + "for, kan kreves tilbakebetalt.");
    }

    public static NoticeFacts reportReturned(ReportReturned returned) {
        return new NoticeFacts(returned.roundId(), List.of(returned.recipientId()), null,
                returned.roundId() + "/" + returned.recipientId() + "/report-" + returned.submissionNumber(),
                "Rapporten for " + returned.roundId() + " er sendt tilbake for retting: "
                        + String.join("; ", returned.reasons()));
    }

    /** The recipients of the decision's letters nobody appealed: their letters are final. */
    public static NoticeFacts appealPeriodEnded(AppealPeriodEnded ended) {
        return new NoticeFacts(ended.roundId(), ended.notAppealed().stream()
                .map(reference -> reference.substring(reference.indexOf('/') + 1)).toList(),
                null, ended.roundId(), "Klagefristen for vedtaket i " + ended.roundId()
                + " gikk ut " + ended.lastDay() + ". Vedtaket er endelig.");
    }

    public static NoticeFacts paymentMade(PaymentMade paid) {
        return new NoticeFacts(paid.roundId(), List.of(paid.grantId().substring(paid.grantId().indexOf('/') + 1)),
                null, paid.grantId() + "/payment-" + paid.paymentNumber(), "Statsforvalteren har utbetalt "
                        + kroner(paid.amountOre()) + " kr av tilskuddet " + paid.grantId() + " den " + paid.paidOn()
                        + " (bilag " + paid.accountingReference() + ").");
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(NORWAY).toLocalDate();
    }

    /** {@code 1234567,89} from øre: digits only, so a notification service formats them as it likes. */
    private static String kroner(long ore) {
        return (ore / 100) + "," + String.format(Locale.ROOT, "%02d", ore % 100);
    }
}
