package no.kompetansemidler.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import no.kompetansemidler.query.testkit.QueryServiceHttpTest;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.axonframework.springboot.TimeoutProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Axon 4.13.0's timeouts are off: each walked the whole stack at every handler call and unit of work, and what they
 * gave (an interrupt and a failed unit of work after 30-60 s) does not free a thread waiting on the database (ADR 24).
 */
class AxonTimeoutsIT extends QueryServiceHttpTest {

    @Autowired
    ApplicationContext context;

    @Test
    void no_handler_or_unit_of_work_is_wrapped_in_a_timeout() {
        assertThat(context.getBeansOfType(HandlerTimeoutHandlerEnhancerDefinition.class)).isEmpty();
        assertThat(context.getBeansOfType(TimeoutProperties.class)).isEmpty();
        assertThat(context.getEnvironment().getProperty("axon.timeout.enabled")).isEqualTo("false");
    }
}
