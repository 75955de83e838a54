package no.kompetansemidler.kubernetes;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/**
 * An overlay as {@code kubectl kustomize} renders it, each object read into the model of its kind in strict mode: a
 * kind with no model, or any field its model does not have (a typo, a field of another version), is an error naming
 * the object and the field's path.
 */
final class RenderedManifests {

    /** The kinds the manifests may hold, by {@code apiVersion/kind}, each with the model that defines it. */
    static final Map<String, Class<? extends HasMetadata>> KINDS = Map.<String, Class<? extends HasMetadata>>ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("batch/v1/Job", Job.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("gateway.networking.k8s.io/v1/HTTPRoute", HTTPRoute.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaUser", KafkaUser.class),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class));

    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory());
    private static final ObjectMapper MODELS = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final List<HasMetadata> objects;

    private RenderedManifests(List<HasMetadata> objects) {
        this.objects = List.copyOf(objects);
    }

    /** Renders {@code deploy/kubernetes/overlays/<overlay>} and reads every object strictly. */
    static RenderedManifests render(String overlay) throws IOException, InterruptedException {
        return renderDirectory(Path.of("overlays", overlay));
    }

    /** Renders a kustomization under {@code deploy/kubernetes} and reads every object strictly. */
    static RenderedManifests renderDirectory(Path directory) throws IOException, InterruptedException {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("no overlay " + directory.toAbsolutePath());
        }
        return read(kustomize(directory));
    }

    static RenderedManifests read(String yaml) throws IOException {
        List<HasMetadata> objects = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (JsonNode document : YAML.readValues(YAML.createParser(yaml), JsonNode.class).readAll()) {
            if (document == null || document.isNull() || document.isEmpty()) {
                continue;
            }
            String kind = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
            String name = kind + " " + document.path("metadata").path("name").asText();
            Class<? extends HasMetadata> model = KINDS.get(kind);
            if (model == null) {
                errors.add(name + ": no model for this kind; add it to RenderedManifests.KINDS with its schema");
                continue;
            }
            HasMetadata object = MODELS.treeToValue(document, model);
            unknownFields(object, name, new IdentityHashMap<>(), errors);
            objects.add(object);
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("manifests that do not match their schema:\n  "
                    + String.join("\n  ", errors));
        }
        return new RenderedManifests(objects);
    }

    List<HasMetadata> all() {
        return objects;
    }

    <T extends HasMetadata> List<T> of(Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    <T extends HasMetadata> T named(Class<T> kind, String name) {
        return of(kind).stream().filter(object -> object.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind.getSimpleName() + " " + name));
    }

    /**
     * Every model keeps a field it does not know in its {@code additionalProperties}: strict means none has any, at
     * any depth. Walks the model's getters; maps and lists of models are walked too.
     */
    private static void unknownFields(Object value, String path, Map<Object, Boolean> seen, List<String> errors) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, entry) -> unknownFields(entry, path + "." + key, seen, errors));
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                unknownFields(list.get(i), path + "[" + i + "]", seen, errors);
            }
            return;
        }
        if (!isModel(value.getClass())) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class || !getter.getName().startsWith("get")) {
                continue;
            }
            Object field;
            try {
                field = getter.invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(getter.toString(), e);
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (field instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                    errors.add(path + ": fields the schema does not have: " + unknown.keySet());
                }
                continue;
            }
            String name = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            if (field instanceof Map<?, ?> && isFreeForm(value.getClass(), name)) {
                continue; // labels, annotations, a ConfigMap's data, a topic's config: any keys are allowed
            }
            unknownFields(field, path + "." + name, seen, errors);
        }
    }

    private static boolean isModel(Class<?> type) {
        String name = type.getName();
        return name.startsWith("io.fabric8.kubernetes.api.model") || name.startsWith("io.fabric8.openshift.api.model")
                || name.startsWith("io.strimzi.api");
    }

    /** Maps whose keys are data, not fields. */
    private static boolean isFreeForm(Class<?> owner, String field) {
        return Set.of("labels", "annotations", "data", "binaryData", "stringData", "config", "matchLabels",
                "selector", "nodeSelector", "limits", "requests").contains(field);
    }

    private static String kustomize(Path directory) throws IOException, InterruptedException {
        String kubectl = kubectl();
        Path errors = Files.createTempFile("kustomize", ".err");
        try {
            Process process = new ProcessBuilder(kubectl, "kustomize", directory.toString())
                    .redirectError(errors.toFile()).start();
            String yaml = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(kubectl + " kustomize " + directory + " failed: "
                        + Files.readString(errors));
            }
            return yaml;
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    /** {@code $KUBECTL}, or kubectl on the path (.ci/run installs Debian's kubernetes-client where there is none). */
    private static String kubectl() {
        String configured = System.getenv("KUBECTL");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException("kubectl is needed to render the overlays: install it (Debian: apt-get "
                + "install kubernetes-client) or set KUBECTL");
    }
}
