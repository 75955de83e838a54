package no.kompetansemidler.local;

import java.lang.management.ManagementFactory;
import java.util.List;

import com.sun.management.HotSpotDiagnosticMXBean;
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
        // the native heap's trim wherever this JVM has it
        HotSpotDiagnosticMXBean jvm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        boolean trims = ServiceProcess.knownTo(jvm, List.of("-XX:TrimNativeHeapInterval=5000")).size() == 1;
        assertThat(ServiceProcess.JVM_OPTIONS.contains("-XX:TrimNativeHeapInterval=5000")).isEqualTo(trims);
        assertThat(ServiceProcess.PROCESS_ENVIRONMENT).isNotEmpty()
                .allMatch(variable -> variable.matches("[A-Z_]+=[^@$]+"));
    }

    @Test
    void an_option_this_jvm_does_not_know_is_left_out() {
        HotSpotDiagnosticMXBean jvm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

        assertThat(ServiceProcess.knownTo(jvm, List.of("-Xmx160m", "-XX:+UseSerialGC", "-XX:NoSuchFlagAnywhere=5",
                "-XX:-NoSuchSwitchAnywhere", "-XX:ReservedCodeCacheSize=64m")))
                .containsExactly("-Xmx160m", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=64m");
    }
}
