package no.kompetansemidler.command.register;

import java.util.List;

import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.register.Institution;
import no.kompetansemidler.events.register.OwnerApproval;

/** The field rules of a private owner's approval, wherever one is given. */
final class ApprovalChecks {

    private ApprovalChecks() {
    }

    static void check(String field, OwnerApproval approval, List<Institution> runs, Violations violations) {
        if (!violations.present(field, approval)) {
            return;
        }
        if (violations.present(field + ".institution", approval.institution())) {
            violations.check(runs.contains(approval.institution()), field + ".institution", "owner-runs-it",
                    "an approval for an institution the owner is registered to run");
        }
        violations.present(field + ".reference", approval.reference());
        violations.present(field + ".approvedOn", approval.approvedOn());
    }

    static OwnerApproval stripped(OwnerApproval approval) {
        return new OwnerApproval(approval.institution(), approval.reference().strip(), approval.approvedOn());
    }
}
