package no.kompetansemidler.command.plan;

import no.kompetansemidler.allocation.plans.PlanCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlanConfiguration {

    /** The plan versions whose rules the allocation engine knows; injected into the command handlers. */
    @Bean
    PlanCatalogue planCatalogue() {
        return PlanCatalogue.standard();
    }
}
