package no.kompetansemidler.command.web.input;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The bounds on everything a command body may carry, by JSON property name, in one table: {@link JsonBodyPolicy}
 * enforces them on every request body before it is bound, and {@link InputLimitsDocumentation} writes the same
 * numbers into the OpenAPI schemas. Whatever passes can be stored, projected and published: no string reaches a
 * column narrower than its limit, no NUL reaches PostgreSQL, and the largest admissible body gives an event well
 * under the integration topic's record limit.
 */
public final class InputLimits {

    /** The largest request body, in bytes; a larger one is 413. */
    public static final int MAX_BODY_BYTES = 256 * 1024;
    /** The deepest nesting of JSON objects and arrays any command needs is 5; a little room beyond. */
    public static final int MAX_NESTING_DEPTH = 16;
    /** The largest amount in øre any field takes: 10 billion kroner, far above a county's yearly frame. */
    public static final long MAX_AMOUNT_ORE = 1_000_000_000_000L;
    /** The largest other integer (counts, key figures, basis points). */
    public static final long MAX_INTEGER = 1_000_000_000L;
    /** Lists of lines and networks: a county has well under a hundred networks, each with a few lines. */
    public static final int MAX_LONG_LIST = 1_000;
    /** Every other list (owners, themes, measures, members, statements, ...). */
    public static final int MAX_LIST = 200;

    /** What a string is, and so which length and characters it may have. */
    public enum Kind {
        /** A network, recipient, report or round id: letters (Norwegian and Sami too), digits, '.', '_', '-'. */
        IDENTIFIER(64, "^[0-9A-Za-z" + Kind.LATIN_LETTERS + "][0-9A-Za-z" + Kind.LATIN_LETTERS + "._-]*$",
                "letters, digits, '.', '_' and '-', starting with a letter or digit"),
        /** A plan or template version, or a rule's code. */
        CODE(40, "^[A-Za-z0-9][A-Za-z0-9._-]*$",
                "ASCII letters, digits, '.', '_' and '-', starting with a letter or digit"),
        /** A plan rule's key for the year's figures: a rule id (up to 64), possibly with a target group. */
        RULE_KEY(80, "^[A-Za-z0-9][A-Za-z0-9._-]*$",
                "ASCII letters, digits, '.', '_' and '-', starting with a letter or digit"),
        /**
         * An identity from a login service, as the access register knows a person: a national identity number, a
         * username, or an opaque {@code sub} (base64 and URL-safe characters).
         */
        LOGIN_IDENTITY(100, "^[A-Za-z0-9][A-Za-z0-9._@=+/:-]*$",
                "ASCII letters, digits and . _ @ = + / : -, starting with a letter or digit"),
        /** A name, title or subject: one line. */
        NAME(200, "^[^\\x00-\\x1F\\x7F-\\x9F\\u2028\\u2029]*$", "one line of text without control characters"),
        /** Free text: reasons, statements, assessments; may have line breaks and tabs. */
        TEXT(4_000, "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]*$",
                "text without control characters other than line breaks and tabs");

        /** Latin-1 and Latin Extended-A/B letters (æ, ø, å, á, č, đ, ŋ, š, ŧ, ž, ...), without × and ÷. */
        private static final String LATIN_LETTERS = "\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F";

        private final int maxLength;
        private final String pattern;
        private final Pattern compiled;
        private final String description;

        Kind(int maxLength, String pattern, String description) {
            this.maxLength = maxLength;
            this.pattern = pattern;
            this.compiled = Pattern.compile(pattern);
            this.description = description;
        }

        public int maxLength() {
            return maxLength;
        }

        /** The characters allowed, as a regular expression that Java and ECMA-262 (OpenAPI) read alike. */
        public String pattern() {
            return pattern;
        }

        public String description() {
            return description;
        }

        /**
         * Whether the value has only the characters this kind allows (its length is checked apart). A lone UTF-16
         * surrogate (a broken escape such as {@code \\uD800}) is never allowed: it cannot be stored as UTF-8.
         */
        public boolean allows(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return false;
                }
            }
            return compiled.matcher(value).matches();
        }
    }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("networkId", Kind.IDENTIFIER), Map.entry("recipientId", Kind.IDENTIFIER),
            Map.entry("needsReportId", Kind.IDENTIFIER), Map.entry("fromNeedsReportId", Kind.IDENTIFIER),
            Map.entry("toNeedsReportId", Kind.IDENTIFIER), Map.entry("sourceReference", Kind.IDENTIFIER),
            Map.entry("roundId", Kind.IDENTIFIER), Map.entry("affectedNetworkIds", Kind.IDENTIFIER),
            Map.entry("recipients", Kind.IDENTIFIER), Map.entry("tieBreakers", Kind.IDENTIFIER),
            Map.entry("networkIds", Kind.IDENTIFIER), Map.entry("memberIds", Kind.IDENTIFIER),
            Map.entry("fromRoundId", Kind.IDENTIFIER), Map.entry("accountingReference", Kind.NAME),
            Map.entry("version", Kind.CODE), Map.entry("revises", Kind.CODE),
            Map.entry("templateVersion", Kind.CODE), Map.entry("purpose", Kind.CODE),
            Map.entry("planVersion", Kind.CODE),
            Map.entry("county", Kind.NAME), Map.entry("name", Kind.NAME), Map.entry("organisation", Kind.NAME),
            Map.entry("title", Kind.NAME), Map.entry("owners", Kind.NAME), Map.entry("themes", Kind.NAME),
            Map.entry("otherServices", Kind.NAME),
            Map.entry("member", Kind.NAME), Map.entry("subject", Kind.NAME), Map.entry("item", Kind.NAME),
            Map.entry("grantLetterReference", Kind.NAME), Map.entry("votesFor", Kind.NAME),
            Map.entry("votesAgainst", Kind.NAME), Map.entry("abstentions", Kind.NAME),
            Map.entry("dissent", Kind.NAME), Map.entry("organisationNumber", Kind.CODE),
            Map.entry("grantHolder", Kind.CODE), Map.entry("memberOwners", Kind.CODE),
            Map.entry("reference", Kind.NAME), Map.entry("region", Kind.NAME),
            Map.entry("appealBody", Kind.NAME), Map.entry("caseReference", Kind.NAME),
            Map.entry("letterReference", Kind.NAME), Map.entry("documentId", Kind.NAME),
            Map.entry("sha256", Kind.NAME), Map.entry("step", Kind.CODE), Map.entry("partnerId", Kind.IDENTIFIER),
            Map.entry("partnerIds", Kind.IDENTIFIER), Map.entry("partnershipId", Kind.IDENTIFIER),
            Map.entry("identity", Kind.LOGIN_IDENTITY), Map.entry("forumMemberId", Kind.IDENTIFIER));

    /** Properties whose JSON object is a map, and what its keys are. */
    private static final Map<String, Kind> MAP_KEYS = Map.of(
            "deviationReasons", Kind.IDENTIFIER, "conditions", Kind.IDENTIFIER,
            "yearlySharesBasisPoints", Kind.RULE_KEY, "yearlyAmountsOre", Kind.RULE_KEY, "framesOre", Kind.CODE,
            "sharesPercent", Kind.CODE, "minimumsPercent", Kind.CODE, "maximumByYearsPercent", Kind.CODE,
            "tieBreakers", Kind.IDENTIFIER, "eligibilityOverrides", Kind.IDENTIFIER);

    private static final Set<String> LONG_LISTS = Set.of("lines", "networks", "recipients", "adjustments",
            "recommendation", "memberOwners");

    private InputLimits() {
    }

    /** The kind of a string under this property (or in a list under it); free text unless the table says else. */
    public static Kind kindOf(String property) {
        return property == null ? Kind.TEXT : KINDS.getOrDefault(property, Kind.TEXT);
    }

    /** The kind of the keys of the map under this property, if the property is a map. */
    public static Kind mapKeyKind(String property) {
        return property == null ? null : MAP_KEYS.get(property);
    }

    public static boolean isMap(String property) {
        return property != null && MAP_KEYS.containsKey(property);
    }

    public static int maxItems(String property) {
        return property != null && LONG_LISTS.contains(property) ? MAX_LONG_LIST : MAX_LIST;
    }

    /** Amounts are the properties named in øre ({@code ...Ore}). */
    public static boolean isAmount(String property) {
        return property != null && property.endsWith("Ore");
    }

    public static long maxInteger(String property) {
        return isAmount(property) ? MAX_AMOUNT_ORE : MAX_INTEGER;
    }
}
