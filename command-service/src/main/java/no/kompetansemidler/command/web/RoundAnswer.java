package no.kompetansemidler.command.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a command on a round: which round changed. Its new version is the answer's ETag. */
public record RoundAnswer(@Schema(example = "innlandet-2027") String roundId) {
}
