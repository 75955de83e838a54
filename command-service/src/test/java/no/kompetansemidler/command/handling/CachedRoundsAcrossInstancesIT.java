package no.kompetansemidler.command.handling;

import java.net.http.HttpResponse;

import no.kompetansemidler.command.testkit.OwnCommandService;
import no.kompetansemidler.testsupport.RealServers;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of command-service on one database, each keeping the rounds it used in memory: a round the other
 * instance changed since is read again before a command, so the command is decided on the round as stored and
 * appends after the other's events, instead of being refused as a conflict or decided on what it no longer is.
 */
class CachedRoundsAcrossInstancesIT {

    @Test
    void a_round_changed_by_another_instance_is_read_again_before_the_next_command() throws Exception {
        String url = RealServers.newDatabase("cached_rounds");
        try (ConfigurableApplicationContext first = OwnCommandService.start(url);
             ConfigurableApplicationContext second = OwnCommandService.start(url)) {
            assertThat(OwnCommandService.post(first, "agder", "/rounds",
                    "{\"county\": \"Agder\", \"budgetYear\": 2090, \"budgetFrameOre\": 100}").statusCode())
                    .isEqualTo(201);
            String onFirst = etag(revise(first, 200));
            String onSecond = etag(revise(second, 300));
            assertThat(version(onSecond)).isEqualTo(version(onFirst) + 1);

            // the first instance holds the round as it was before the second's revision
            HttpResponse<String> again = revise(first, 400);

            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
            assertThat(version(etag(again))).isEqualTo(version(onSecond) + 1);
        }
    }

    private static HttpResponse<String> revise(ConfigurableApplicationContext service, long frameOre)
            throws Exception {
        HttpResponse<String> response = OwnCommandService.post(service, "agder", "/rounds/agder-2090/budget-frame",
                "{\"budgetFrameOre\": " + frameOre + ", \"grantLetterReference\": \"Udir 2090/" + frameOre + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private static long version(String etag) {
        return Long.parseLong(etag.replace("\"", "").replace("W/", ""));
    }
}
