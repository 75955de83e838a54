package no.kompetansemidler.command.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import no.kompetansemidler.command.CommandServiceHttpTest;
import no.kompetansemidler.eventstore.EventStoreConfiguration;
import no.kompetansemidler.eventstore.processing.ProcessingNode;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two services on one store never hold the same segment, even when they run in one JVM (two application contexts,
 * as the test suite has): before, both claimed in the JVM's name, took each other's claims for their own, and a
 * round's opening was published twice. Each token store is built as the services build theirs.
 */
class OneClaimPerSegmentIT extends CommandServiceHttpTest {

    @Autowired
    ConnectionProvider connections;
    @Autowired
    Serializer serializer;
    @Autowired
    TransactionManager transactions;

    @Test
    void a_segment_claimed_by_one_service_is_refused_to_another_in_the_same_jvm_until_released() {
        TokenStore first = new EventStoreConfiguration().tokenStore(connections, serializer, ProcessingNode.name(""));
        TokenStore second = new EventStoreConfiguration().tokenStore(connections, serializer, ProcessingNode.name(""));
        String processor = "claim-probe-" + UUID.randomUUID();
        transactions.executeInTransaction(() -> first.initializeTokenSegments(processor, 1));

        transactions.executeInTransaction(() -> first.fetchToken(processor, 0));
        assertThatThrownBy(() -> transactions.executeInTransaction(() -> second.fetchToken(processor, 0)))
                .isInstanceOf(UnableToClaimTokenException.class);

        transactions.executeInTransaction(() -> first.releaseClaim(processor, 0));
        transactions.executeInTransaction(() -> second.fetchToken(processor, 0));
        assertThatThrownBy(() -> transactions.executeInTransaction(() -> first.fetchToken(processor, 0)))
                .isInstanceOf(UnableToClaimTokenException.class);
    }

    @Test
    void a_node_named_by_the_deployment_claims_in_that_name() {
        TokenStore named = new EventStoreConfiguration().tokenStore(connections, serializer, ProcessingNode.name(" pod-7 "));
        String processor = "claim-probe-" + UUID.randomUUID();
        transactions.executeInTransaction(() -> named.initializeTokenSegments(processor, 1));
        transactions.executeInTransaction(() -> named.fetchToken(processor, 0));

        assertThat(jdbc.sql("SELECT owner FROM event_store.token_entry WHERE processor_name = ?")
                .param(processor).query(String.class).single()).isEqualTo("pod-7");
    }
}
