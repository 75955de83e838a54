package no.kompetansemidler.command.web.input;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.command.refusal.Violation;
import tools.jackson.databind.JsonNode;

/**
 * Checks a command's JSON body against {@link InputLimits} before it is bound: every string's length and
 * characters, every list's size and elements (never {@code null}), every map's size and keys, every number
 * (an integer in range; never a fraction). Reports every broken rule with its field path, e.g.
 * {@code content.measures[0].title}.
 */
public final class JsonBodyPolicy {

    private JsonBodyPolicy() {
    }

    public static List<Violation> check(JsonNode body) {
        List<Violation> violations = new ArrayList<>();
        check(body, "", null, violations);
        return violations;
    }

    private static void check(JsonNode node, String path, String property, List<Violation> violations) {
        if (node.isObject()) {
            checkObject(node, path, property, violations);
        } else if (node.isArray()) {
            int max = InputLimits.maxItems(property);
            if (node.size() > max) {
                violations.add(new Violation(path, "max-items", path + " has at most " + max + " items"));
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                String elementPath = path + "[" + i + "]";
                if (element.isNull()) {
                    violations.add(new Violation(elementPath, "not-null", "a list holds no null items"));
                } else {
                    check(element, elementPath, property, violations);
                }
            }
        } else if (node.isString()) {
            checkString(node.asString(), path, InputLimits.kindOf(property), violations);
        } else if (node.isNumber()) {
            checkNumber(node, path, property, violations);
        }
    }

    private static void checkObject(JsonNode node, String path, String property, List<Violation> violations) {
        InputLimits.Kind keyKind = InputLimits.mapKeyKind(property);
        if (keyKind != null && node.size() > InputLimits.MAX_LONG_LIST) {
            violations.add(new Violation(path, "max-items",
                    path + " has at most " + InputLimits.MAX_LONG_LIST + " entries"));
            return;
        }
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            String memberPath = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
            if (keyKind != null) {
                // a map's key is data (a recipient, a rule); its value is checked as the map's own property
                if (!checkString(member.getKey(), memberPath, keyKind, violations)) {
                    continue;
                }
                if (member.getValue().isNull()) {
                    violations.add(new Violation(memberPath, "not-null", "a map holds no null values"));
                } else {
                    check(member.getValue(), memberPath, property, violations);
                }
            } else {
                check(member.getValue(), memberPath, member.getKey(), violations);
            }
        }
    }

    /** @return whether the string keeps the rules */
    private static boolean checkString(String value, String path, InputLimits.Kind kind,
                                       List<Violation> violations) {
        // counted in characters (code points), as JSON Schema's maxLength counts them
        if (value.codePointCount(0, value.length()) > kind.maxLength()) {
            violations.add(new Violation(path, "max-length", path + " has at most " + kind.maxLength()
                    + " characters"));
            return false;
        }
        if (!kind.allows(value)) {
            violations.add(new Violation(path, "characters", path + " takes " + kind.description()));
            return false;
        }
        return true;
    }

    private static void checkNumber(JsonNode node, String path, String property, List<Violation> violations) {
        if (!node.isIntegralNumber()) {
            violations.add(new Violation(path, "integer", InputLimits.isAmount(property)
                    ? path + " is a whole number of øre: an exact amount, never a fraction"
                    : path + " is a whole number"));
            return;
        }
        long max = InputLimits.maxInteger(property);
        BigInteger value = node.bigIntegerValue();
        // the sign is the command's own rule (non-negative-amount), reported with its other rules at once
        if (value.abs().compareTo(BigInteger.valueOf(max)) > 0) {
            violations.add(new Violation(path, InputLimits.isAmount(property) ? "amount-range" : "range",
                    path + " is at most " + max + " in size"));
        }
    }
}
