package no.kompetansemidler.command.deadline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param pollingInterval how often due deadlines are looked for: a deadline fires at most this late */
@ConfigurationProperties("kompetansemidler.deadlines")
public record DeadlineProperties(Duration pollingInterval) {
}
