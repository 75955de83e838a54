package no.kompetansemidler.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/compose's file against the production manifests: the services get the same settings by the same names,
 * run as the least-privileged role the migrations grant, from the images Jib builds, with the topic as Strimzi
 * declares it.
 */
class ComposeFileTest {

    /** Production settings that only Kubernetes needs (the cluster's Kafka security, the JVM's view of the pod). */
    private static final Set<String> KUBERNETES_ONLY = Set.of("SPRING_KAFKA_SECURITY_PROTOCOL",
            "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SPRING_KAFKA_SSL_TRUST_STORE_TYPE",
            "SPRING_KAFKA_SSL_TRUST_STORE_LOCATION", "JAVA_TOOL_OPTIONS", "KOMPETANSEMIDLER_DATABASE_APP_ROLE");
    /** Set per instance or from secrets in production, in the file in compose. */
    private static final Set<String> PER_INSTANCE = Set.of("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
            "KOMPETANSEMIDLER_PROCESSING_NODE_NAME");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services() throws Exception {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("../compose/compose.yaml")));
        return (Map<String, Object>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws Exception {
        return (Map<String, Object>) services().get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String name) throws Exception {
        return (Map<String, Object>) service(name).get("environment");
    }

    @Test
    void the_services_get_the_production_settings_by_the_same_names_and_nothing_else() throws Exception {
        Set<String> production = new TreeSet<>(RenderedManifests.render("prod")
                .named(ConfigMap.class, "kompetansemidler-config").getData().keySet());
        production.removeAll(KUBERNETES_ONLY);
        Set<String> known = new TreeSet<>(production);
        known.addAll(PER_INSTANCE);
        for (String name : List.of("command-service", "query-service")) {
            assertThat(environment(name).keySet()).as(name).containsAll(production);
            assertThat(known).as(name + ": a setting production does not have").containsAll(environment(name).keySet());
            assertThat(service(name).get("image")).isEqualTo("kompetansemidler/" + name + ":0.1.0-SNAPSHOT");
            assertThat(service(name).get("read_only")).isEqualTo(true);
        }
    }

    @Test
    void the_migrations_run_as_the_owner_and_the_services_as_the_role_they_grant() throws Exception {
        String role = Files.readString(Path.of("../compose/postgres-init.sql"))
                .replaceAll("(?s).*CREATE ROLE (\\w+) LOGIN.*", "$1");
        for (String name : List.of("command-service-migration", "query-service-migration")) {
            @SuppressWarnings("unchecked")
            List<String> entrypoint = (List<String>) service(name).get("entrypoint");
            assertThat(Class.forName(entrypoint.get(entrypoint.size() - 1))).hasPublicMethods("main");
            assertThat(environment(name)).containsEntry("KOMPETANSEMIDLER_DATABASE_APP_ROLE", role)
                    .containsEntry("SPRING_DATASOURCE_USERNAME", environment("postgres").get("POSTGRES_USER"));
        }
        assertThat(environment("command-service")).containsEntry("SPRING_DATASOURCE_USERNAME", role);
        assertThat(environment("query-service")).containsEntry("SPRING_DATASOURCE_USERNAME", role);
    }

    @Test
    void the_topic_is_created_as_strimzi_declares_it() throws Exception {
        KafkaTopic topic = RenderedManifests.render("prod").named(KafkaTopic.class, "kompetansemidler.grant-rounds");
        @SuppressWarnings("unchecked")
        String command = String.join(" ", (List<String>) service("kafka-topic").get("entrypoint"));
        assertThat(command).contains("--topic " + topic.getSpec().getTopicName(),
                "--partitions " + topic.getSpec().getPartitions(),
                "max.message.bytes=" + topic.getSpec().getConfig().get("max.message.bytes"),
                "retention.ms=" + topic.getSpec().getConfig().get("retention.ms"));
    }
}
