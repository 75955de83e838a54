package no.kompetansemidler.local;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An example notification service on the integration contract: it reads the records of the topic, keeps the
 * notices ({@code no.kompetansemidler.notice.*}), and says what it would send to whom, by organisation number, once
 * per notice however often a record is delivered (at least once: de-duplicated by type and id). A recipient the
 * county's register does not name cannot be reached and is said so.
 */
public final class ExampleNotificationService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NOTICE = "no.kompetansemidler.notice.";

    private final Set<String> seen = new HashSet<>();
    private final List<String> sent = new ArrayList<>();

    /** Takes one record's value; returns the lines it would send for it, none for a repeat or another type. */
    public List<String> accept(String recordValue) {
        JsonNode event = JSON.readTree(recordValue);
        String type = event.get("type").asString();
        if (!type.startsWith(NOTICE) || !seen.add(type + " " + event.get("id").asString())) {
            return List.of();
        }
        String kind = type.substring(NOTICE.length(), type.lastIndexOf(".v"));
        JsonNode data = event.get("data");
        List<String> lines = new ArrayList<>();
        for (JsonNode recipient : data.get("recipients")) {
            String network = recipient.get("networkId").asString();
            String due = data.get("dueBy").isNull() ? "" : " [frist " + data.get("dueBy").asString() + "]";
            lines.add(recipient.get("organisationNumber").isNull()
                    ? "[" + kind + "] not sent to " + network + ": no organisation in the county's register"
                    : "[" + kind + "] to " + recipient.get("organisationNumber").asString() + " "
                    + recipient.get("organisationName").asString() + " (" + network + ")" + due + ": "
                    + data.get("text").asString());
        }
        sent.addAll(lines);
        return lines;
    }

    /** Everything it would have sent so far, in the order it read the notices. */
    public List<String> sent() {
        return List.copyOf(sent);
    }
}
