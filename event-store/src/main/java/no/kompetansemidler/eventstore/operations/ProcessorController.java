package no.kompetansemidler.eventstore.operations;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrators' view of this instance's event processors: which segments it holds, how far each is behind the
 * head of the event store, the class of a failure, and dead letters. No county's data is in it (a failure's message,
 * which may quote a round's, is only in the log), so any county's administrator may read it; what the processors
 * hold is read and retried per round under {@code /admin/dead-letters}.
 */
@RestController
@RequestMapping("/admin/processors")
public class ProcessorController {

    private final ProcessorStatus status;
    private final String nodeName;

    public ProcessorController(ProcessorStatus status, String nodeName) {
        this.status = status;
        this.nodeName = nodeName;
    }

    /** This instance: its name, the head of the event store when asked, and each of its processors. */
    public record Instance(String node, long head, List<ProcessorStatus.Processor> processors) {
    }

    @Operation(summary = "This instance's event processors: segments held, distance behind the head, errors, "
            + "dead letters", description = "Each instance answers for itself; ask each one (or read the metrics, "
            + "which carry the instance) for the whole picture.")
    @GetMapping
    public Instance processors() {
        return new Instance(nodeName, status.head(), status.processors());
    }
}
