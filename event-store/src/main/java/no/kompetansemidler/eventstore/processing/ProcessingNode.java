package no.kompetansemidler.eventstore.processing;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

/**
 * The name a running service claims its event processors' segments in.
 *
 * <p>Axon's default is the JVM's name ({@code pid@host}), which two application contexts in one JVM share: each then
 * takes the other's claims for its own and both handle the same events (a decision published twice). The name is
 * therefore the JVM's name and an id drawn once per start, unless the deployment names the node itself
 * ({@code KOMPETANSEMIDLER_PROCESSING_NODE_NAME}, e.g. the pod's name). A node that dies leaves its claims to expire
 * (Axon's claim timeout, ten seconds), after which the others, or its own next start, take them over.
 */
public final class ProcessingNode {

    /**
     * How long a segment's claim holds without its owner's word: after it, another instance takes the segment over
     * (Axon's default, stated because the segment balancer's liveness window must be shorter).
     */
    public static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);

    /** The longest name the token table's {@code owner} column holds. */
    public static final int MAX_LENGTH = 255;

    private ProcessingNode() {
    }

    /** @param configured the deployment's name for this node; blank for the JVM's name and a fresh id */
    public static String name(String configured) {
        String name = configured == null || configured.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID()
                : configured.strip();
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("kompetansemidler.processing.node-name is longer than "
                    + MAX_LENGTH + " characters");
        }
        return name;
    }
}
