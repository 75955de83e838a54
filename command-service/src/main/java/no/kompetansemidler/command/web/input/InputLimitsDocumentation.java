package no.kompetansemidler.command.web.input;

import java.math.BigDecimal;
import java.util.Map;

import io.swagger.v3.oas.models.media.Schema;
import no.kompetansemidler.access.web.ApiDocumentation;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Writes {@link InputLimits} into every schema of command-service's API document: the same table that
 * {@link JsonBodyPolicy} enforces, so the documented limits are the enforced ones (maxLength and pattern per kind
 * of string, maxItems per list, minimum and maximum per integer, maxProperties and key pattern per map).
 */
@Configuration(proxyBeanMethods = false)
class InputLimitsDocumentation {

    @Bean
    OpenApiCustomizer inputLimits() {
        return api -> {
            if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
                api.getComponents().getSchemas().values().forEach(InputLimitsDocumentation::limit);
            }
        };
    }

    private static void limit(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
            limit(property.getKey(), property.getValue());
        }
    }

    private static void limit(String name, Schema<?> property) {
        if (is(property, "string")) {
            limitString(property, InputLimits.kindOf(name));
        } else if (is(property, "array")) {
            property.maxItems(InputLimits.maxItems(name));
            if (property.getItems() != null && is(property.getItems(), "string")) {
                limitString(property.getItems(), InputLimits.kindOf(name));
            }
        } else if (is(property, "integer")) {
            long max = InputLimits.maxInteger(name);
            property.maximum(BigDecimal.valueOf(max))
                    .minimum(BigDecimal.valueOf(InputLimits.isAmount(name) ? 0 : -max));
        } else if (InputLimits.isMap(name)) {
            property.maxProperties(InputLimits.MAX_LONG_LIST);
            property.propertyNames(limitString(ApiDocumentation.typed("string"), InputLimits.mapKeyKind(name)));
        }
    }

    private static Schema<?> limitString(Schema<?> string, InputLimits.Kind kind) {
        if (string.getEnum() == null && string.getFormat() == null) {
            string.maxLength(kind.maxLength()).pattern(kind.pattern());
        }
        return string;
    }

    private static boolean is(Schema<?> schema, String type) {
        return schema.getTypes() != null ? schema.getTypes().contains(type) : type.equals(schema.getType());
    }
}
