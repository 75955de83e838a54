package no.kompetansemidler.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each overlay renders, every object matches its kind's schema, and the objects fit the services: probes on the
 * management port, resources, a non-root read-only container, references (config, services, ports) that resolve,
 * the migration Job's class, the route sending reads and commands to the right service.
 */
class KubernetesManifestsTest {

    private static final Set<String> SERVICES = Set.of("command-service", "query-service");
    /** Secrets the cluster provides: the database's roles, and what Strimzi writes for the Kafka user and cluster. */
    private static final Set<String> EXTERNAL_SECRETS = Set.of("kompetansemidler-db-app", "kompetansemidler-db-owner",
            "command-service", "kafka-cluster-ca-cert");

    @ParameterizedTest
    @ValueSource(strings = {"test", "prod"})
    void each_overlay_renders_into_objects_that_match_their_schemas(String overlay) throws Exception {
        RenderedManifests manifests = RenderedManifests.render(overlay);

        assertThat(manifests.all()).extracting(object -> object.getKind() + " " + object.getMetadata().getName())
                .contains("Deployment command-service", "Deployment query-service", "Service command-service",
                        "Service query-service", "PodDisruptionBudget command-service",
                        "PodDisruptionBudget query-service", "Job command-service-migration",
                        "Job query-service-migration", "HTTPRoute kompetansemidler",
                        "KafkaTopic kompetansemidler.grant-rounds", "KafkaUser command-service",
                        "ServiceMonitor kompetansemidler", "NetworkPolicy kompetansemidler-default-deny",
                        "ConfigMap kompetansemidler-config")
                .doesNotHaveDuplicates();
        String namespace = overlay.equals("prod") ? "kompetansemidler" : "kompetansemidler-test";
        assertThat(manifests.all()).allSatisfy(object ->
                assertThat(object.getMetadata().getNamespace()).isEqualTo(namespace));
    }

    @ParameterizedTest
    @ValueSource(strings = {"test", "prod"})
    void the_services_run_as_several_non_root_read_only_instances_with_probes_and_resources(String overlay)
            throws Exception {
        RenderedManifests manifests = RenderedManifests.render(overlay);
        for (String name : SERVICES) {
            Deployment deployment = manifests.named(Deployment.class, name);
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            Container container = pod.getContainers().get(0);

            assertThat(deployment.getSpec().getReplicas()).as(name).isGreaterThanOrEqualTo(2);
            assertThat(container.getImage()).as(name).endsWith("/" + name + ":" + (overlay.equals("prod")
                    ? "1.0.0" : "0.1.0-SNAPSHOT"));
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(10001L);
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
            assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
            assertThat(container.getVolumeMounts()).anySatisfy(mount ->
                    assertThat(mount.getMountPath()).isEqualTo("/tmp"));
            assertThat(pod.getAutomountServiceAccountToken()).isFalse();

            assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).containsKey("memory");
            Set<String> ports = container.getPorts().stream().map(ContainerPort::getName).collect(Collectors.toSet());
            for (Probe probe : List.of(container.getStartupProbe(), container.getLivenessProbe(),
                    container.getReadinessProbe())) {
                assertThat(probe).as(name + " has each probe").isNotNull();
                assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("management");
                assertThat(ports).contains(probe.getHttpGet().getPort().getStrVal());
            }
            assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
            assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
            // each instance claims its segments in its pod's name
            assertThat(container.getEnv()).anySatisfy(variable -> {
                assertThat(variable.getName()).isEqualTo("KOMPETANSEMIDLER_PROCESSING_NODE_NAME");
                assertThat(variable.getValueFrom().getFieldRef().getFieldPath()).isEqualTo("metadata.name");
            });

            PodDisruptionBudget budget = manifests.named(PodDisruptionBudget.class, name);
            assertThat(budget.getSpec().getSelector().getMatchLabels())
                    .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
            assertThat(budget.getSpec().getMinAvailable().getIntVal()).isLessThan(deployment.getSpec().getReplicas());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"test", "prod"})
    void every_reference_resolves(String overlay) throws Exception {
        RenderedManifests manifests = RenderedManifests.render(overlay);
        Set<String> configMaps = manifests.of(ConfigMap.class).stream().map(map -> map.getMetadata().getName())
                .collect(Collectors.toSet());
        Map<String, String> config = manifests.named(ConfigMap.class, "kompetansemidler-config").getData();
        for (PodSpec pod : pods(manifests)) {
            for (Container container : Stream.concat(pod.getInitContainers().stream(), pod.getContainers().stream())
                    .toList()) {
                container.getEnvFrom().forEach(source ->
                        assertThat(configMaps).contains(source.getConfigMapRef().getName()));
                for (EnvVar variable : container.getEnv()) {
                    if (variable.getValueFrom() != null && variable.getValueFrom().getConfigMapKeyRef() != null) {
                        assertThat(configMaps).contains(variable.getValueFrom().getConfigMapKeyRef().getName());
                        assertThat(config).containsKey(variable.getValueFrom().getConfigMapKeyRef().getKey());
                    }
                    if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                        assertThat(EXTERNAL_SECRETS).contains(variable.getValueFrom().getSecretKeyRef().getName());
                    }
                }
            }
            pod.getVolumes().stream().filter(volume -> volume.getSecret() != null).forEach(volume ->
                    assertThat(EXTERNAL_SECRETS).contains(volume.getSecret().getSecretName()));
        }
        // each Service selects its Deployment's pods and targets ports the container names
        for (String name : SERVICES) {
            Service service = manifests.named(Service.class, name);
            Deployment deployment = manifests.named(Deployment.class, name);
            assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                    .containsAllEntriesOf(service.getSpec().getSelector());
            Set<String> containerPorts = deployment.getSpec().getTemplate().getSpec().getContainers().get(0)
                    .getPorts().stream().map(ContainerPort::getName).collect(Collectors.toSet());
            assertThat(service.getSpec().getPorts()).allSatisfy(port ->
                    assertThat(containerPorts).contains(port.getTargetPort().getStrVal()));
        }
        // the route's and the monitor's back ends are those Services and ports
        for (HTTPRouteRule rule : manifests.named(HTTPRoute.class, "kompetansemidler").getSpec().getRules()) {
            rule.getBackendRefs().forEach(backend -> assertThat(servicePorts(manifests, backend.getName()))
                    .contains(backend.getPort()));
        }
        ServiceMonitor monitor = manifests.named(ServiceMonitor.class, "kompetansemidler");
        assertThat(monitor.getSpec().getEndpoints()).allSatisfy(endpoint -> {
            assertThat(endpoint.getPort()).isEqualTo("management");
            assertThat(endpoint.getPath()).isEqualTo("/actuator/prometheus");
        });
    }

    @Test
    void the_route_sends_reads_to_query_service_and_commands_to_command_service() throws Exception {
        List<HTTPRouteRule> rules = RenderedManifests.render("prod").named(HTTPRoute.class, "kompetansemidler")
                .getSpec().getRules();
        HTTPRouteRule reads = rules.stream().filter(rule -> rule.getMatches().stream()
                .anyMatch(match -> "GET".equals(match.getMethod()))).findFirst().orElseThrow();
        assertThat(reads.getMatches()).extracting(match -> match.getMethod()).containsExactlyInAnyOrder("GET", "HEAD");
        assertThat(reads.getBackendRefs()).extracting(backend -> backend.getName()).containsExactly("query-service");
        HTTPRouteRule last = rules.get(rules.size() - 1);
        assertThat(last.getMatches()).singleElement().satisfies(match -> {
            assertThat(match.getMethod()).isNull();
            assertThat(match.getPath().getValue()).isEqualTo("/");
        });
        assertThat(last.getBackendRefs()).extracting(backend -> backend.getName()).containsExactly("command-service");
        // each service's administration under its own prefix, rewritten to /admin
        assertThat(rules).filteredOn(rule -> rule.getFilters() != null && !rule.getFilters().isEmpty())
                .extracting(rule -> rule.getMatches().get(0).getPath().getValue() + " -> "
                        + rule.getBackendRefs().get(0).getName() + rule.getFilters().get(0).getUrlRewrite().getPath()
                        .getReplacePrefixMatch())
                .containsExactlyInAnyOrder("/command-service/admin -> command-service/admin",
                        "/query-service/admin -> query-service/admin");
    }

    @Test
    void the_migration_jobs_run_the_migration_as_the_owner_and_the_services_never_migrate() throws Exception {
        RenderedManifests manifests = RenderedManifests.render("prod");
        for (Job job : manifests.of(Job.class)) {
            Container container = job.getSpec().getTemplate().getSpec().getContainers().get(0);
            String mainClass = container.getCommand().get(container.getCommand().size() - 1);
            assertThat(Class.forName(mainClass)).hasPublicMethods("main");
            assertThat(container.getEnv()).filteredOn(variable -> variable.getName()
                    .equals("SPRING_DATASOURCE_USERNAME")).singleElement().satisfies(variable -> assertThat(
                    variable.getValueFrom().getSecretKeyRef().getName()).isEqualTo("kompetansemidler-db-owner"));
        }
        Map<String, String> config = manifests.named(ConfigMap.class, "kompetansemidler-config").getData();
        assertThat(config).containsEntry("KOMPETANSEMIDLER_EVENT_STORE_MIGRATE", "false")
                .containsEntry("SPRING_FLYWAY_ENABLED", "false");
        for (String name : SERVICES) {
            PodSpec pod = manifests.named(Deployment.class, name).getSpec().getTemplate().getSpec();
            // the pod waits for its release's migration, asking with its own role
            Container migrated = pod.getInitContainers().get(0);
            assertThat(migrated.getImage()).isEqualTo(pod.getContainers().get(0).getImage());
            assertThat(Class.forName(migrated.getCommand().get(migrated.getCommand().size() - 1)))
                    .hasPublicMethods("main");
            assertThat(migrated.getEnv()).filteredOn(variable -> variable.getName()
                    .equals("KOMPETANSEMIDLER_MIGRATION_CHECK")).singleElement()
                    .satisfies(variable -> assertThat(variable.getValue()).isEqualTo("true"));
            assertThat(migrated.getEnv()).filteredOn(variable -> variable.getName()
                    .equals("SPRING_DATASOURCE_USERNAME")).singleElement().satisfies(variable -> assertThat(
                    variable.getValueFrom().getSecretKeyRef().getName()).isEqualTo("kompetansemidler-db-app"));
            // the schema it checks is the one its migration Job migrates
            Job job = manifests.named(Job.class, name + "-migration");
            assertThat(value(migrated, "KOMPETANSEMIDLER_MIGRATION_SCHEMA")).isEqualTo(
                    value(job.getSpec().getTemplate().getSpec().getContainers().get(0),
                            "KOMPETANSEMIDLER_MIGRATION_SCHEMA"));
            // the probes' port is the port Spring serves management on
            assertThat(pod.getContainers().get(0).getPorts()).filteredOn(port -> port.getName().equals("management"))
                    .singleElement().satisfies(port -> assertThat(port.getContainerPort())
                            .isEqualTo(Integer.valueOf(config.get("MANAGEMENT_SERVER_PORT"))));
        }
        for (String name : SERVICES) {
            assertThat(manifests.named(Deployment.class, name).getSpec().getTemplate().getSpec().getContainers()
                    .get(0).getEnv()).filteredOn(variable -> variable.getName().equals("SPRING_DATASOURCE_USERNAME"))
                    .singleElement().satisfies(variable -> assertThat(variable.getValueFrom().getSecretKeyRef()
                            .getName()).isEqualTo("kompetansemidler-db-app"));
        }
    }

    @Test
    void the_rebuild_job_runs_query_service_as_a_job_as_the_owner_with_the_services_config() throws Exception {
        RenderedManifests rebuild = RenderedManifests.renderDirectory(java.nio.file.Path.of("rebuild"));
        Job job = rebuild.named(Job.class, "rebuild-views");
        Container container = job.getSpec().getTemplate().getSpec().getContainers().get(0);

        assertThat(container.getImage()).endsWith("/query-service:1.0.0");
        // the flag query-service's main turns into a job (RebuildJob.FLAG)
        assertThat(container.getArgs()).containsExactly(no.kompetansemidler.query.rebuild.RebuildJob.FLAG);
        assertThat(job.getSpec().getBackoffLimit()).isZero();
        assertThat(container.getEnvFrom()).singleElement().satisfies(source ->
                assertThat(source.getConfigMapRef().getName()).isEqualTo("kompetansemidler-config"));
        assertThat(container.getEnv()).filteredOn(variable -> variable.getName().equals("SPRING_DATASOURCE_USERNAME"))
                .singleElement().satisfies(variable -> assertThat(variable.getValueFrom().getSecretKeyRef()
                        .getName()).isEqualTo("kompetansemidler-db-owner"));
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(job.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
    }

    @Test
    void the_topic_holds_the_largest_record_the_publisher_sends() throws Exception {
        KafkaTopic topic = RenderedManifests.render("prod").named(KafkaTopic.class, "kompetansemidler.grant-rounds");
        assertThat(topic.getSpec().getTopicName()).isEqualTo("kompetansemidler.grant-rounds");
        // IntegrationConfiguration.MAX_RECORD_BYTES
        assertThat(topic.getSpec().getConfig()).containsEntry("max.message.bytes", 4 * 1024 * 1024);
        assertThat(topic.getSpec().getReplicas()).isGreaterThanOrEqualTo(3);
        assertThat(topic.getSpec().getConfig()).containsEntry("min.insync.replicas", 2);
    }

    @Test
    void a_field_the_schema_lacks_or_a_kind_without_a_model_is_an_error() {
        assertThatThrownBy(() -> RenderedManifests.read("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: typo
                spec:
                  replicas: 2
                  template:
                    spec:
                      containers:
                        - name: app
                          image: app
                          readinessProbe:
                            httpGet:
                              path: /
                              port: 80
                            periodSecond: 5
                """)).hasMessageContaining("Deployment typo").hasMessageContaining("periodSecond");
        assertThatThrownBy(() -> RenderedManifests.read("""
                apiVersion: example.com/v1
                kind: Unknown
                metadata:
                  name: x
                """)).hasMessageContaining("no model for this kind");
    }

    private static String value(Container container, String variable) {
        return container.getEnv().stream().filter(env -> env.getName().equals(variable)).findFirst()
                .map(EnvVar::getValue).orElseThrow(() -> new AssertionError(variable + " in " + container.getName()));
    }

    private static List<PodSpec> pods(RenderedManifests manifests) {
        return Stream.concat(manifests.of(Deployment.class).stream().map(deployment ->
                        deployment.getSpec().getTemplate().getSpec()),
                manifests.of(Job.class).stream().map(job -> job.getSpec().getTemplate().getSpec())).toList();
    }

    private static Set<Integer> servicePorts(RenderedManifests manifests, String service) {
        return new HashSet<>(manifests.named(Service.class, service).getSpec().getPorts().stream()
                .map(ServicePort::getPort).toList());
    }
}
