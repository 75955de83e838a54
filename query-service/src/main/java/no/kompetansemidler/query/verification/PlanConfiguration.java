package no.kompetansemidler.query.verification;

import no.kompetansemidler.allocation.plans.PlanCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlanConfiguration {

    /** The plan versions whose rules the allocation engine knows: the same catalogue command-service decides by. */
    @Bean
    PlanCatalogue planCatalogue() {
        return PlanCatalogue.standard();
    }
}
