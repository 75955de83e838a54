package no.kompetansemidler.query.web;

/** A query parameter or path segment outside its bounds: answered 400 with the parameter and the rule. */
class InvalidQueryParameter extends RuntimeException {

    private final String field;
    private final String rule;

    InvalidQueryParameter(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    String field() {
        return field;
    }

    String rule() {
        return rule;
    }
}
