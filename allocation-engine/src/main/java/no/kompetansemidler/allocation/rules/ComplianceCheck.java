package no.kompetansemidler.allocation.rules;

/**
 * A rule that moves no money and only reports findings. The engine runs checks after every rule that moves money
 * and after the county governor's manual adjustments, so they judge the final proposal.
 */
public interface ComplianceCheck extends AllocationRule {
}
