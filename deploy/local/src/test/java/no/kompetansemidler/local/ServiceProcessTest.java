package no.kompetansemidler.local;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The services started here run with the JVM the images have: the parent POM's options, filtered in at build. */
class ServiceProcessTest {

    @Test
    void the_services_get_the_parents_jvm_options_and_environment() {
        assertThat(ServiceProcess.JVM_OPTIONS).isNotEmpty().allMatch(option -> option.startsWith("-"))
                .noneMatch(option -> option.contains("@") || option.contains("${"))
                .anyMatch(option -> option.matches("-Xmx\\d+[mg]"))
                .contains("-XX:+ExitOnOutOfMemoryError");
        assertThat(ServiceProcess.PROCESS_ENVIRONMENT).isNotEmpty()
                .allMatch(variable -> variable.matches("[A-Z_]+=[^@$]+"));
    }
}
