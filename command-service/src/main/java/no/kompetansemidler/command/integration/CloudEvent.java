package no.kompetansemidler.command.integration;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The CloudEvents 1.0 envelope of every record on the integration topic (structured mode, JSON).
 *
 * @param id      the Axon event identifier: the same event published twice has the same id
 * @param type    reverse-DNS type with the contract version, e.g. {@code no.kompetansemidler.round.opened.v1}
 * @param subject the round the event belongs to; also the Kafka key, which keeps a round's events in order
 * @param traceparent the W3C trace context of the request that caused the event (CloudEvents' distributed tracing
 *                    extension; also the record's {@code traceparent} header); left out for an event without one
 */
public record CloudEvent(String specversion, String id, String source, String type, String subject, Instant time,
                         String datacontenttype, Object data,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String traceparent) {

    static final String SOURCE = "urn:kompetansemidler:command-service";

    static CloudEvent of(String id, String type, String subject, Instant time, Object data, String traceparent) {
        return new CloudEvent("1.0", id, SOURCE, type, subject, time, "application/json", data, traceparent);
    }
}
