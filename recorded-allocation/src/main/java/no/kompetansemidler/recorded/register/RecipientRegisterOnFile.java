package no.kompetansemidler.recorded.register;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import no.kompetansemidler.events.register.Institution;
import no.kompetansemidler.events.register.NetworkAmended;
import no.kompetansemidler.events.register.NetworkRegistered;
import no.kompetansemidler.events.register.OwnerApproval;
import no.kompetansemidler.events.register.OwnerApprovalRecorded;
import no.kompetansemidler.events.register.OwnerRegistered;
import no.kompetansemidler.events.register.PartnerRegistered;
import no.kompetansemidler.events.register.PartnershipRegistered;

/**
 * A county's register of owners, networks (as amended), partners and partnerships as its events leave it. The one fold of the register: the register
 * checks its commands with it, a round asks it who may appeal, the letters and the register's view read it.
 */
public final class RecipientRegisterOnFile {

    /** Whether the recipient of a grant may appeal it (fvl. §§ 28–29). */
    public enum AppealRight {
        /** Its grant holder is a private owner: the grant is an individual decision it may appeal. */
        APPEALABLE,
        /** Its grant holder is a municipality or county municipality, which has no right of appeal. */
        NOT_APPEALABLE,
        /** The recipient or its grant holder is not in the register. */
        UNKNOWN
    }

    /** An owner with the approvals recorded for it, in the order recorded. */
    public record Owner(OwnerRegistered registration, List<OwnerApproval> approvals) {

        public Owner {
            approvals = List.copyOf(approvals);
        }

        /** Whether a private owner is approved to run every institution it is registered with; public owners are. */
        public boolean approved() {
            return registration.kind().isPublic() || registration.institutions().stream().allMatch(institution ->
                    approvals.stream().anyMatch(approval -> approval.institution() == institution));
        }

        /** The institutions a private owner runs without a recorded approval; none for a public owner. */
        public List<Institution> unapproved() {
            return registration.kind().isPublic() ? List.of() : registration.institutions().stream()
                    .filter(institution -> approvals.stream().noneMatch(approval ->
                            approval.institution() == institution)).toList();
        }
    }

    /** The stream of a county's register: {@code register-<county-slug>}, written by command-service. */
    public static String streamOf(String countySlug) {
        return "register-" + countySlug;
    }

    private final Map<String, Owner> owners = new LinkedHashMap<>();
    private final Map<String, NetworkRegistered> networks = new LinkedHashMap<>();
    private final Map<String, List<NetworkAmended>> amendments = new LinkedHashMap<>();
    private final Map<String, PartnerRegistered> partners = new LinkedHashMap<>();
    private final Map<String, PartnershipRegistered> partnerships = new LinkedHashMap<>();

    public void apply(Object event) {
        if (event instanceof OwnerRegistered registered) {
            owners.put(registered.organisationNumber(), new Owner(registered, registered.approvals()));
        } else if (event instanceof OwnerApprovalRecorded recorded) {
            owners.computeIfPresent(recorded.organisationNumber(), (number, owner) -> {
                List<OwnerApproval> approvals = new ArrayList<>(owner.approvals());
                approvals.add(recorded.approval());
                return new Owner(owner.registration(), approvals);
            });
        } else if (event instanceof NetworkRegistered network) {
            networks.put(network.networkId(), network);
        } else if (event instanceof NetworkAmended amended) {
            // the network as amended, in its place: who holds its grant and who is in it now
            networks.computeIfPresent(amended.networkId(), (id, network) -> new NetworkRegistered(network.county(),
                    id, amended.name(), amended.region(), amended.grantHolder(), amended.memberOwners()));
            amendments.computeIfAbsent(amended.networkId(), id -> new ArrayList<>()).add(amended);
        } else if (event instanceof PartnerRegistered partner) {
            partners.put(partner.partnerId(), partner);
        } else if (event instanceof PartnershipRegistered partnership) {
            partnerships.put(partnership.partnershipId(), partnership);
        }
    }

    /** The amendments of a network, in the order recorded. */
    public List<NetworkAmended> amendmentsOf(String networkId) {
        return List.copyOf(amendments.getOrDefault(networkId, List.of()));
    }

    public Optional<PartnerRegistered> partner(String partnerId) {
        return Optional.ofNullable(partners.get(partnerId));
    }

    /** Every partner in the order registered. */
    public List<PartnerRegistered> partners() {
        return List.copyOf(partners.values());
    }

    public Optional<PartnershipRegistered> partnership(String partnershipId) {
        return Optional.ofNullable(partnerships.get(partnershipId));
    }

    /** Every partnership in the order registered. */
    public List<PartnershipRegistered> partnerships() {
        return List.copyOf(partnerships.values());
    }

    public Optional<Owner> owner(String organisationNumber) {
        return Optional.ofNullable(owners.get(organisationNumber));
    }

    public Optional<NetworkRegistered> network(String networkId) {
        return Optional.ofNullable(networks.get(networkId));
    }

    /** Every owner in the order registered. */
    public List<Owner> owners() {
        return List.copyOf(owners.values());
    }

    /** Every network in the order registered. */
    public List<NetworkRegistered> networks() {
        return List.copyOf(networks.values());
    }

    /**
     * Why the network cannot receive funds, if the register says it cannot: a private owner in it without the
     * approval to run what it runs (barnehageloven § 14, friskolelova § 2-1). A network not in the register is not
     * found ineligible: the register cannot tell.
     */
    public Optional<String> ineligibilityOf(String networkId) {
        List<String> reasons = new ArrayList<>();
        network(networkId).ifPresent(network -> network.memberOwners().stream()
                .flatMap(number -> owner(number).stream()).filter(owner -> !owner.approved())
                .forEach(owner -> reasons.add(owner.registration().name() + " (" + owner.registration()
                        .organisationNumber() + ") has no approval to run " + String.join(" and ", owner.unapproved()
                        .stream().map(institution -> institution.name().toLowerCase(Locale.ROOT) + " ("
                                + institution.approvalStatute() + ")").toList()))));
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    /** Whether the register has the network. */
    public boolean has(String networkId) {
        return networks.containsKey(networkId);
    }

    /** Whether the recipient's grant holder may appeal its grant, from its kind of owner. */
    public AppealRight appealRightOf(String networkId) {
        return network(networkId).flatMap(network -> owner(network.grantHolder()))
                .map(holder -> holder.registration().kind().isPublic() ? AppealRight.NOT_APPEALABLE
                        : AppealRight.APPEALABLE)
                .orElse(AppealRight.UNKNOWN);
    }
}
