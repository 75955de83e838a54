package no.kompetansemidler.command.needs;

import java.util.List;

import no.kompetansemidler.allocation.regulation.Regulation;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.needs.Measure;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.needs.Partner;

/** What a needs report must contain (§11 of the regulation): checked field by field, all errors at once. */
final class NeedsReportRules {

    private NeedsReportRules() {
    }

    static void check(NeedsReportContent content, Violations violations) {
        if (!violations.present("content", content)) {
            return;
        }
        nonEmpty(content.owners(), "content.owners", "a partnership has at least one owner", violations);
        nonEmpty(content.partners(), "content.partners",
                "a partnership has a university/college, vocational college or other expertise partner", violations);
        for (int i = 0; i < content.partners().size(); i++) {
            Partner partner = content.partners().get(i);
            violations.present("content.partners[" + i + "].name", partner.name());
            violations.present("content.partners[" + i + "].kind", partner.kind());
        }
        violations.present("content.targetGroup", content.targetGroup());
        nonEmpty(content.themes(), "content.themes", "name the prioritised themes", violations);
        nonEmpty(content.measures(), "content.measures", "a needs report applies for at least one measure",
                violations);
        for (int i = 0; i < content.measures().size(); i++) {
            check(content.measures().get(i), "content.measures[" + i + "]", violations);
        }
        violations.present("content.ownContribution", content.ownContribution());
        violations.present("content.samiPerspectives", content.samiPerspectives());
        violations.check(content.leftoverFundsOre() >= 0, "content.leftoverFundsOre", "non-negative-amount",
                "leftover funds cannot be negative");
        for (int i = 0; i < content.otherServices().size(); i++) {
            violations.present("content.otherServices[" + i + "]", content.otherServices().get(i));
        }
        violations.check(content.coordinatorGrounds() == null || !content.coordinatorGrounds().isBlank(),
                "content.coordinatorGrounds", "text", "leave the grounds out, or say why a coordinator is needed");
        violations.check(content.yearsFundedBefore() >= 0, "content.yearsFundedBefore", "non-negative",
                "years funded before cannot be negative");
    }

    private static void check(Measure measure, String field, Violations violations) {
        violations.present(field + ".title", measure.title());
        violations.check(Regulation.measureYears(measure.durationYears()),
                field + ".durationYears", "duration-1-to-4-years", "a measure runs 1 to 4 years");
        boolean nonNegative = measure.ownerOre() >= 0 && measure.partnerOre() >= 0 && measure.coordinatorOre() >= 0
                && measure.releaseTimeOre() >= 0;
        violations.check(nonNegative, field, "non-negative-amount", "budget amounts in øre cannot be negative");
        violations.check(!nonNegative || measure.yearlyOre() > 0, field, "positive-budget",
                "a measure asks for some funds");
    }

    private static void nonEmpty(List<?> values, String field, String message, Violations violations) {
        violations.check(!values.isEmpty(), field, "required", message);
    }
}
