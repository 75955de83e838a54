package no.kompetansemidler.benchmark;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CpuTimeTest {

    private static final long SELF = ProcessHandle.current().pid();

    @Test
    void a_jvm_s_jit_compilers_are_a_part_of_its_processor_time() throws Exception {
        Map<Long, Double> compilers = CpuTime.compilerThreads(SELF);
        // this JVM has compiled the test framework's hot methods by now
        double total = CpuTime.compilerSecondsBetween(Map.of(), compilers);
        assertThat(total).isPositive().isLessThanOrEqualTo(CpuTime.processSeconds(SELF));
        assertThat(CpuTime.compilerSecondsBetween(compilers, compilers)).isZero();
    }

    @Test
    void a_compiler_thread_that_ended_takes_its_time_with_it_and_one_that_started_counts_whole() {
        Map<Long, Double> before = Map.of(1L, 2.0, 2L, 5.0);
        Map<Long, Double> after = Map.of(1L, 2.5, 3L, 0.25);

        assertThat(CpuTime.compilerSecondsBetween(before, after)).isEqualTo(0.75);
    }

    @Test
    void a_server_s_time_counts_its_children_while_they_run_and_after_they_end() throws Exception {
        double before = CpuTime.childrenSeconds(SELF);
        Process child = new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 100000000 ]; do i=$((i+1)); done")
                .start();
        assertThat(CpuTime.parentOf(child.pid())).isEqualTo(SELF);
        double running;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        do {
            Thread.sleep(50);
            running = CpuTime.childrenSeconds(SELF) - before;
        } while (running < 0.2 && System.nanoTime() < deadline);
        boolean stillRunning = child.isAlive();
        child.destroy();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        double ended = CpuTime.childrenSeconds(SELF) - before;

        assertThat(stillRunning).isTrue();
        assertThat(running).isGreaterThanOrEqualTo(0.2);
        // and it stays counted once it has ended and been waited for
        assertThat(ended).isGreaterThanOrEqualTo(running);
        double self = CpuTime.processSeconds(SELF);
        assertThat(CpuTime.treeSeconds(SELF)).isGreaterThanOrEqualTo(self + ended);
    }
}
