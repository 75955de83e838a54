package no.kompetansemidler.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients that each send their next operation as soon as the last one is answered, until the deadline or until
 * they have nothing left to send; every operation's latency is kept, and the first failure ends the phase.
 */
final class ClosedLoop {

    /** One client's work: does its {@code n}-th operation and returns true, or returns false when it has none. */
    interface Client {
        boolean operate(Clients http, int n) throws Exception;
    }

    record Outcome(long operations, double seconds, Latencies latencies) {
        double perSecond() {
            return operations / seconds;
        }
    }

    private ClosedLoop() {
    }

    static Outcome run(List<Client> clients, long deadlineNanos, String phase) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong done = new AtomicLong();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (Client client : clients) {
            Thread thread = new Thread(() -> {
                Clients http = new Clients();
                try {
                    for (int n = 0; System.nanoTime() < deadlineNanos; n++) {
                        long began = System.nanoTime();
                        if (!client.operate(http, n)) {
                            return;
                        }
                        latencies.add(System.nanoTime() - began);
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!failures.isEmpty()) {
            throw new IllegalStateException("an operation failed in the " + phase, failures.get(0));
        }
        return new Outcome(done.get(), seconds, latencies);
    }
}
