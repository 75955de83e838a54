package no.kompetansemidler.query.history;

import no.kompetansemidler.eventstore.chain.HistoryChain;
import no.kompetansemidler.eventstore.chain.HistoryChain.Verification;
import no.kompetansemidler.query.published.HistoryVerificationAnswer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Walks a stream's chain, or the whole store's, and answers in the published shape; one place for both uses. */
@Component
class HistoryVerifications {

    static final String WHOLE_STORE = "*";

    private final JdbcTemplate jdbc;

    HistoryVerifications(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    HistoryVerificationAnswer stream(String stream) {
        return answer(stream, HistoryChain.verifyStream(jdbc, stream));
    }

    HistoryVerificationAnswer wholeStore() {
        return answer(WHOLE_STORE, HistoryChain.verifyAll(jdbc));
    }

    private static HistoryVerificationAnswer answer(String stream, Verification verification) {
        return new HistoryVerificationAnswer(stream, verification.events(), verification.head(),
                verification.intact() ? "INTACT" : "BROKEN", verification.intact() ? null
                : new HistoryVerificationAnswer.FirstBreak(verification.firstBreak().globalIndex(),
                verification.firstBreak().aggregateIdentifier(), verification.firstBreak().sequenceNumber(),
                verification.firstBreak().problem()));
    }
}
