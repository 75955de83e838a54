package no.kompetansemidler.command.integration.notice;

import java.time.Instant;
import java.util.List;

import no.kompetansemidler.command.integration.v1.PublishedV1.NoticeRecipient;
import no.kompetansemidler.recorded.register.RecipientRegisterOnFile;

/**
 * Who a notice reaches: each network by the organisation that holds its grant in the county's register as it stood
 * when the notice's event happened (organisation numbers, not e-mail addresses: a notification service knows where
 * to send them). A network not in the register is listed without one.
 */
public interface NoticeRecipients {

    List<NoticeRecipient> resolve(String countySlug, List<String> networkIds, Instant asOf);

    /** The recipients as one register names them, whatever the county and moment asked. */
    static NoticeRecipients of(RecipientRegisterOnFile register) {
        return (countySlug, networkIds, asOf) -> RegisterNoticeRecipients.of(register, networkIds);
    }
}
