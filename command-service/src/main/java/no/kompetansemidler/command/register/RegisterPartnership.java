package no.kompetansemidler.command.register;

import java.util.List;

import no.kompetansemidler.allocation.regulation.Regulation;
import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.Copies;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Enters a partnership of a registered network with registered partners for the budget years of its development
 * work: at most four (the regulation's limit on a measure, which the plans apply to a work).
 */
public record RegisterPartnership(@TargetAggregateIdentifier String registerId, County county, String partnershipId,
                                  String name, String networkId, List<String> partnerIds, int firstYear,
                                  int lastYear, ExpectedVersion expectedVersion) implements RegisterCommand {

    private static final int EARLIEST_YEAR = 2000;
    private static final int LATEST_YEAR = 2100;

    public RegisterPartnership {
        partnerIds = Copies.list(partnerIds);
    }

    public static RegisterPartnership of(String county, String partnershipId, String name, String networkId,
                                         List<String> partnerIds, Integer firstYear, Integer lastYear,
                                         ExpectedVersion expectedVersion) {
        Violations violations = new Violations();
        County known = County.required("county", county, violations);
        violations.present("partnershipId", partnershipId);
        violations.present("name", name);
        violations.present("networkId", networkId);
        List<String> partners = partnerIds == null ? List.of() : partnerIds;
        violations.check(!partners.isEmpty(), "partnerIds", "required",
                "a partnership has a university/college, vocational college or other expertise partner");
        violations.check(partners.stream().distinct().count() == partners.size(), "partnerIds", "unique",
                "each partner once");
        boolean first = year("firstYear", firstYear, violations);
        boolean last = year("lastYear", lastYear, violations);
        if (first && last) {
            violations.check(Regulation.measureYears(lastYear - firstYear + 1), "lastYear", "one-to-four-years",
                    "a development work runs 1 to 4 budget years");
        }
        violations.throwIfAny();
        return new RegisterPartnership(RecipientRegister.idOf(known), known, partnershipId, name.strip(), networkId,
                partners, firstYear, lastYear, expectedVersion);
    }

    private static boolean year(String field, Integer year, Violations violations) {
        if (!violations.present(field, year)) {
            return false;
        }
        boolean valid = year >= EARLIEST_YEAR && year <= LATEST_YEAR;
        violations.check(valid, field, "budget-year", "a year from " + EARLIEST_YEAR + " to " + LATEST_YEAR);
        return valid;
    }
}
