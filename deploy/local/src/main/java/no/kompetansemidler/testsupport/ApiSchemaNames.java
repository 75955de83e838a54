package no.kompetansemidler.testsupport;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.MergedAnnotations;

/**
 * The names an API document gives this project's types: springdoc names a schema by the class's simple name unless
 * its {@code @Schema(name = ...)} says otherwise, so two types of one simple name reachable from the endpoints
 * would share one schema and one of them would be documented wrongly. A check, for each service's tests.
 */
public final class ApiSchemaNames {

    private static final String PROJECT = "no.kompetansemidler.";
    private static final String SCHEMA = "io.swagger.v3.oas.annotations.media.Schema";
    private static final String API_RESPONSE = "io.swagger.v3.oas.annotations.responses.ApiResponse";
    private static final String API_RESPONSES = "io.swagger.v3.oas.annotations.responses.ApiResponses";
    private static final String REST_CONTROLLER = "org.springframework.web.bind.annotation.RestController";
    private static final String REQUEST_MAPPING = "org.springframework.web.bind.annotation.RequestMapping";

    private ApiSchemaNames() {
    }

    /** {@link #shared} for every endpoint of the REST controllers under the package, with their documented answers. */
    public static Map<String, Set<String>> sharedIn(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> reader.getAnnotationMetadata().hasAnnotation(REST_CONTROLLER));
        List<Method> endpoints = new ArrayList<>();
        List<Class<?>> answers = new ArrayList<>();
        for (BeanDefinition controller : scanner.findCandidateComponents(basePackage)) {
            try {
                for (Method method : Class.forName(controller.getBeanClassName()).getDeclaredMethods()) {
                    if (MergedAnnotations.from(method).isPresent(REQUEST_MAPPING)) {
                        endpoints.add(method);
                        documentedAnswers(method).forEach(answers::add);
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return shared(endpoints, answers);
    }

    /** The schema implementations of the method's {@code @ApiResponse}s, read without a compile-time dependency. */
    private static Stream<Class<?>> documentedAnswers(Method method) {
        return Stream.of(method.getAnnotations()).flatMap(annotation -> switch (annotation.annotationType().getName()) {
            case API_RESPONSE -> Stream.of(annotation);
            case API_RESPONSES -> Stream.of((Annotation[]) attribute(annotation, "value"));
            default -> Stream.empty();
        }).flatMap(response -> Stream.of((Annotation[]) attribute(response, "content")))
                .<Class<?>>map(content -> (Class<?>) attribute((Annotation) attribute(content, "schema"),
                        "implementation"))
                .filter(type -> type != Void.class);
    }

    private static Object attribute(Annotation annotation, String name) {
        try {
            return annotation.annotationType().getMethod(name).invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param endpoints the endpoint methods, whose return and parameter types are walked
     * @param answers   further types the endpoints document as their answers (e.g. {@code @ApiResponse} schemas)
     * @return each schema name two or more of the reachable types would share, with the types
     */
    public static Map<String, Set<String>> shared(List<Method> endpoints, List<Class<?>> answers) {
        Deque<Type> pending = new ArrayDeque<>(answers);
        for (Method endpoint : endpoints) {
            pending.add(endpoint.getGenericReturnType());
            pending.addAll(List.of(endpoint.getGenericParameterTypes()));
        }
        Set<Class<?>> reachable = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            Type type = pending.pop();
            if (type instanceof ParameterizedType parameterized) {
                pending.add(parameterized.getRawType());
                pending.addAll(List.of(parameterized.getActualTypeArguments()));
            } else if (type instanceof WildcardType wildcard) {
                pending.addAll(List.of(wildcard.getUpperBounds()));
            } else if (type instanceof Class<?> plain && plain.isArray()) {
                pending.add(plain.getComponentType());
            } else if (type instanceof Class<?> plain && plain.getName().startsWith(PROJECT) && reachable.add(plain)
                    && plain.isRecord()) {
                for (RecordComponent component : plain.getRecordComponents()) {
                    pending.add(component.getGenericType());
                }
            }
        }
        Map<String, Set<String>> byName = new TreeMap<>();
        for (Class<?> type : reachable) {
            byName.computeIfAbsent(schemaName(type), name -> new TreeSet<>()).add(type.getName());
        }
        byName.values().removeIf(types -> types.size() < 2);
        return byName;
    }

    private static String schemaName(Class<?> type) {
        return Stream.of(type.getAnnotations()).filter(annotation -> annotation.annotationType().getName()
                        .equals(SCHEMA)).map(annotation -> (String) attribute(annotation, "name"))
                .filter(name -> !name.isEmpty()).findFirst().orElse(type.getSimpleName());
    }
}
