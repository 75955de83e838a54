package no.kompetansemidler.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import no.kompetansemidler.testsupport.ApiSchemaNames;
import org.junit.jupiter.api.Test;

/** No two request or answer types share a name in the API document, where one would be documented as the other. */
class ApiSchemaNamesTest {

    @Test
    void every_type_the_endpoints_take_or_answer_has_a_schema_name_of_its_own() {
        assertThat(ApiSchemaNames.sharedIn("no.kompetansemidler.command")).isEmpty();
    }
}
