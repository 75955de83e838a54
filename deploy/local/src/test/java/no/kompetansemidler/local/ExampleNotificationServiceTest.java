package no.kompetansemidler.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The example notification service sends each notice once, to organisations the register names, and says whom not. */
class ExampleNotificationServiceTest {

    private static final String REMINDER = """
            {"specversion": "1.0", "id": "e1", "source": "urn:kompetansemidler:command-service",
             "type": "no.kompetansemidler.notice.reportingreminder.v1", "subject": "innlandet-2027",
             "time": "2028-05-18T22:00:00Z", "datacontenttype": "application/json",
             "data": {"roundId": "innlandet-2027", "recipients": [
                {"networkId": "valdres", "networkName": "Valdres", "organisationNumber": "921000006",
                 "organisationName": "Nord-Aurdal kommune"},
                {"networkId": "ukjent", "networkName": null, "organisationNumber": null, "organisationName": null}],
              "dueBy": "2028-06-01T21:59:59Z", "reference": null, "text": "Påminnelse: rapporten skal leveres"}}""";

    @Test
    void a_notice_goes_once_to_each_registered_organisation_and_an_unregistered_network_is_named_as_not_reached() {
        ExampleNotificationService service = new ExampleNotificationService();

        assertThat(service.accept(REMINDER)).containsExactly(
                "[reportingreminder] to 921000006 Nord-Aurdal kommune (valdres) [frist 2028-06-01T21:59:59Z]: "
                        + "Påminnelse: rapporten skal leveres",
                "[reportingreminder] not sent to ukjent: no organisation in the county's register");
        // delivered again: sent no more
        assertThat(service.accept(REMINDER)).isEmpty();
        assertThat(service.sent()).hasSize(2);
    }

    @Test
    void records_that_are_not_notices_send_nothing() {
        ExampleNotificationService service = new ExampleNotificationService();
        assertThat(service.accept(REMINDER.replace("notice.reportingreminder", "round.closed"))).isEmpty();
    }
}
