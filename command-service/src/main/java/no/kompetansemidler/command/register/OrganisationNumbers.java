package no.kompetansemidler.command.register;

import no.kompetansemidler.command.refusal.Violations;

/**
 * A Norwegian organisation number (organisasjonsnummer): nine digits whose last is a modulus-11 check digit over the
 * first eight with the weights 3, 2, 7, 6, 5, 4, 3, 2, as the Central Coordinating Register for Legal Entities
 * assigns them. A number whose check digit would be 10 is never assigned.
 */
public final class OrganisationNumbers {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private OrganisationNumbers() {
    }

    public static boolean valid(String number) {
        if (number == null || !number.matches("[0-9]{9}")) {
            return false;
        }
        Integer check = checkDigit(number.substring(0, 8));
        return check != null && check == number.charAt(8) - '0';
    }

    /** The check digit for eight digits, or {@code null} where none exists (the number is never assigned). */
    public static Integer checkDigit(String firstEight) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (firstEight.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = 11 - sum % 11;
        if (remainder == 10) {
            return null;
        }
        return remainder == 11 ? 0 : remainder;
    }

    /** Records a violation unless the value is a valid organisation number; tells whether it is. */
    static boolean check(String field, String value, Violations violations) {
        if (!violations.present(field, value)) {
            return false;
        }
        boolean valid = valid(value);
        violations.check(valid, field, "organisation-number", "nine digits with a valid modulus-11 check digit");
        return valid;
    }
}
