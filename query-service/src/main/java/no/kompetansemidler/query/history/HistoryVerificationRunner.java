package no.kompetansemidler.query.history;

import java.io.PrintStream;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history check from the command line: {@code --verify-history} walks the whole store,
 * {@code --verify-history=<stream>} one stream; prints the answer as JSON and exits 0 when intact, 3 when broken.
 */
@Component
class HistoryVerificationRunner implements ApplicationRunner {

    static final String OPTION = "verify-history";
    static final int BROKEN = 3;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HistoryVerifications verifications;
    private final ConfigurableApplicationContext context;

    HistoryVerificationRunner(HistoryVerifications verifications, ConfigurableApplicationContext context) {
        this.verifications = verifications;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (arguments.containsOption(OPTION)) {
            List<String> streams = arguments.getOptionValues(OPTION);
            int code = report(streams.isEmpty() || streams.get(0).isBlank() ? null : streams.get(0), System.out);
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }

    /** Prints the verification of the stream (the whole store for {@code null}); @return the exit code */
    int report(String stream, PrintStream out) {
        var answer = stream == null ? verifications.wholeStore() : verifications.stream(stream);
        out.println(JSON.writeValueAsString(answer));
        return "INTACT".equals(answer.outcome()) ? 0 : BROKEN;
    }
}
