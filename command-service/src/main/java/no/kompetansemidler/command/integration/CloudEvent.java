package no.kompetansemidler.command.integration;

import java.time.Instant;

/**
 * The CloudEvents 1.0 envelope of every record on the integration topic (structured mode, JSON).
 *
 * @param id      the Axon event identifier: the same event published twice has the same id
 * @param type    reverse-DNS type with the contract version, e.g. {@code no.kompetansemidler.round.opened.v1}
 * @param subject the round the event belongs to; also the Kafka key, which keeps a round's events in order
 */
public record CloudEvent(String specversion, String id, String source, String type, String subject, Instant time,
                         String datacontenttype, Object data) {

    static final String SOURCE = "urn:kompetansemidler:command-service";

    static CloudEvent of(String id, String type, String subject, Instant time, Object data) {
        return new CloudEvent("1.0", id, SOURCE, type, subject, time, "application/json", data);
    }
}
