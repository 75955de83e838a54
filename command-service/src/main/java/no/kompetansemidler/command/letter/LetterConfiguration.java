package no.kompetansemidler.command.letter;

import no.kompetansemidler.letters.Letterheads;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The county governors' letterheads from {@code kompetansemidler.letters}, for documenting letters. */
@Configuration(proxyBeanMethods = false)
class LetterConfiguration {

    @Bean
    Letterheads letterheads(Environment environment) {
        return Binder.get(environment).bind("kompetansemidler.letters", Letterheads.class)
                .orElseGet(() -> new Letterheads(null));
    }
}
