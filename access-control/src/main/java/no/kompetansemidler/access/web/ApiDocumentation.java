package no.kompetansemidler.access.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import no.kompetansemidler.access.identity.ActorResolution;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What both services' OpenAPI documents share, added once to every operation: the bearer token (so Swagger UI can
 * authorise and generated clients send it), the RFC 9457 problem schema, and the refusals any operation can give
 * (400 for a parameter or body at fault, 401, 403, 404 for what a path names, 413 and 415 for a body). Answers that
 * may leave a property out are documented so: a property not required may also be {@code null}.
 */
public final class ApiDocumentation {

    public static final String PROBLEM = "Problem";
    public static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final String BEARER = "bearer";
    private static final String PUBLIC_FEED = "/public/allocations";

    private ApiDocumentation() {
    }

    /** The customizer both services run (a bean of {@link AccessConfiguration}). */
    public static OpenApiCustomizer shared(String service, String description) {
        return api -> customize(api, service, description);
    }

    static void customize(OpenAPI api, String service, String description) {
        api.info(new Info().title("Kompetansemidler " + service).version("1").description(description)
                .license(new License().name("NLOD-2.0").url("https://data.norge.no/nlod/en/2.0")));
        // relative: the document is right on whichever host and port serves it
        api.servers(List.of(new Server().url("/")));
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.getComponents().addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("A token from one of the trusted login services (ID-porten for people, the county "
                        + "governor's directory for staff, Maskinporten for systems): signed, for this audience, with "
                        + "exp and sub. It says who calls; the role comes from the access register, the directory's "
                        + "group or the system's scope (ADR 25)"));
        api.addSecurityItem(new SecurityRequirement().addList(BEARER));
        api.getComponents().addSchemas("Violation", object(Map.of(
                "field", typed("string").description("the field or parameter at fault, e.g. lines[0].amountOre"),
                "rule", typed("string").description("the rule it broke, e.g. max-length"),
                "message", typed("string"))).required(List.of("field", "rule", "message")));
        api.getComponents().addSchemas(PROBLEM, object(Map.of(
                        "type", typed("string").format("uri").description("urn:kompetansemidler:problem:<code>"),
                        "title", typed("string"),
                        "status", typed("integer").format("int32"),
                        "detail", typed("string"),
                        "instance", typed("string"),
                        "violations", typed("array").items(new JsonSchema().$ref("#/components/schemas/Violation"))))
                .required(List.of("type", "title", "status")).description("An RFC 9457 problem document"));
        if (api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(ApiDocumentation::nullableWhenOptional);
        }
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    refusals(path, method, operation)));
        }
    }

    /** Adds a refusal answer to the operation unless it documents that status itself. */
    public static void refusal(Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        if (!operation.getResponses().containsKey(status)) {
            operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType(PROBLEM_MEDIA_TYPE, new MediaType()
                            .schema(new JsonSchema().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    /** The public allocation feed and the calendar feeds, which answer without a token. */
    static boolean isPublic(String path) {
        return path.equals(PUBLIC_FEED) || path.startsWith(PUBLIC_FEED + "/") || path.endsWith(".ics");
    }

    private static void refusals(String path, PathItem.HttpMethod method, Operation operation) {
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (hasBody || hasParameters) {
            refusal(operation, "400", "Invalid input: the problem's violations name each field and rule");
        }
        if (isPublic(path)) {
            // answered without a token: an empty requirement overrides the document's bearer requirement
            operation.setSecurity(List.of());
            if (path.startsWith(PUBLIC_FEED)) {
                refusal(operation, "429", "Too many requests from this address; Retry-After says when to ask again");
            }
        } else {
            // read by the security filter, so no operation declares it itself
            operation.addParametersItem(new Parameter().in("header").name(ActorResolution.ACTING_AS).required(false)
                    .description("The role to act in, <role> or <role>:<county>, for someone who holds several")
                    .schema(typed("string").pattern("^[a-z-]{1,40}(:[a-z*-]{1,40})?$").maxLength(81))
                    .example("network-representative:innlandet"));
            refusal(operation, "401", "No valid bearer token, or a login below the level the role needs "
                    + "(insufficient-assurance, with a WWW-Authenticate challenge naming acr_values)");
            refusal(operation, "403", "Your role may not do this, or you hold no role (no-grant, no-group), or "
                    + "several and named none (choose-role)");
        }
        if (path.contains("{")) {
            refusal(operation, "404", "It does not exist, or not within your county or networks");
        }
        if (hasBody) {
            refusal(operation, "413", "The body is larger than the limit");
            refusal(operation, "415", "The body is not application/json in UTF-8");
        }
    }

    /** In the documented answers and bodies, a property that may be left out may also be given as null. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void nullableWhenOptional(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> properties = (Map) schema.getProperties();
        for (String name : List.copyOf(properties.keySet())) {
            Schema property = properties.get(name);
            if (required.contains(name)) {
                continue;
            }
            if (property.get$ref() != null) {
                properties.put(name, new JsonSchema().oneOf(List.of(new JsonSchema().$ref(property.get$ref()),
                        typed("null"))));
            } else if (property.getTypes() != null && !property.getTypes().isEmpty()) {
                Set<String> types = new LinkedHashSet<>(property.getTypes());
                types.add("null");
                property.setTypes(types);
                if (property.getEnum() != null && !property.getEnum().contains(null)) {
                    List<Object> values = new ArrayList<>(property.getEnum());
                    values.add(null);
                    property.setEnum(values);
                }
            }
        }
    }

    private static Schema<?> object(Map<String, Schema<?>> properties) {
        Schema<?> object = typed("object");
        new TreeMap<>(properties).forEach(object::addProperty);
        return object;
    }

    public static Schema<?> typed(String type) {
        return new JsonSchema().types(new LinkedHashSet<>(List.of(type)));
    }
}
