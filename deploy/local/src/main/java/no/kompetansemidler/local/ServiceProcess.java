package no.kompetansemidler.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * One of the services, running as its own operating-system process from its executable jar, exactly as it is
 * deployed. Its output goes to a log file and, optionally, to a console with the service's name in front.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);
    private static final Pattern XX_FLAG = Pattern.compile("-XX:[+-]?(\\w+)(=.*)?");
    /**
     * The services' JVM options, as the images have them (the parent POM's {@code service.jvm.*}), less any this
     * JVM does not know (the native heap's trim is a product flag only in recent Java 17 builds; an older 17 still
     * runs the services).
     */
    static final List<String> JVM_OPTIONS = knownTo(ManagementFactory.getPlatformMXBean(
            HotSpotDiagnosticMXBean.class), lines("service-jvm.options"));
    /** Environment variables the images set for the JVM's process, as {@code NAME=value} (e.g. malloc's arenas). */
    static final List<String> PROCESS_ENVIRONMENT = lines("service-environment.properties");

    private final String name;
    private final int port;
    private final Process process;
    private final Path logFile;

    private ServiceProcess(String name, int port, Process process, Path logFile) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * @param environment Spring properties as environment variables (e.g. {@code SPRING_DATASOURCE_URL})
     * @param arguments   the application's command-line arguments (e.g. {@code --rebuild})
     * @param console     where to echo the output, or {@code null} to only write the log file
     */
    public static ServiceProcess start(String name, Path jar, int port, Map<String, String> environment,
                                       List<String> arguments, Path logFile, PrintStream console) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(name + ": no executable jar at " + jar.toAbsolutePath()
                    + " (build it with ./mvnw package -DskipTests)");
        }
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(JVM_OPTIONS);
            command.add("-jar");
            command.add(jar.toAbsolutePath().toString());
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            PROCESS_ENVIRONMENT.forEach(variable -> builder.environment().put(
                    variable.substring(0, variable.indexOf('=')), variable.substring(variable.indexOf('=') + 1)));
            builder.environment().putAll(environment);
            builder.environment().put("SERVER_PORT", String.valueOf(port));
            Process process = builder.start();
            ServiceProcess service = new ServiceProcess(name, port, process, logFile);
            service.pumpOutput(console);
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(name + " did not start", e);
        }
    }

    /** The options whose {@code -XX} flag the given JVM has; the others are left out, and said so. */
    static List<String> knownTo(HotSpotDiagnosticMXBean jvm, List<String> options) {
        List<String> known = new ArrayList<>();
        for (String option : options) {
            Matcher flag = XX_FLAG.matcher(option);
            try {
                if (flag.matches()) {
                    jvm.getVMOption(flag.group(1));
                }
                known.add(option);
            } catch (IllegalArgumentException unknown) {
                System.err.println("This JVM has no " + flag.group(1) + ": the services start without " + option);
            }
        }
        return List.copyOf(known);
    }

    private static List<String> lines(String resource) {
        try (var in = ServiceProcess.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public URI baseUrl() {
        return URI.create("http://localhost:" + port);
    }

    public Path logFile() {
        return logFile;
    }

    public Process process() {
        return process;
    }

    /** Waits until the service reports itself healthy; fails early, with the log's location, if it dies. */
    public void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(baseUrl().resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + " before it became healthy; see " + logFile.toAbsolutePath());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(name + ": interrupted while waiting for health", e);
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException(name + " was not healthy within " + timeout + "; see "
                + logFile.toAbsolutePath());
    }

    /** Asks the service to shut down (SIGTERM) and waits; kills it if it does not stop in time. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(GRACEFUL_STOP.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the service without any chance to clean up (SIGKILL): a crash. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void pumpOutput(PrintStream console) throws IOException {
        Writer log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Thread pump = new Thread(() -> {
            try (log; BufferedReader output = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = output.readLine()) != null) {
                    log.write(line);
                    log.write(System.lineSeparator());
                    log.flush();
                    if (console != null) {
                        console.println("[" + name + "] " + line);
                    }
                }
            } catch (IOException e) {
                // the process is gone; nothing more to copy
            }
        }, name + "-output");
        pump.setDaemon(true);
        pump.start();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
