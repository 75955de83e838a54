package no.kompetansemidler.command.register;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.command.handling.CommandOutcome;
import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.events.register.NetworkAmended;
import no.kompetansemidler.events.register.NetworkRegistered;
import no.kompetansemidler.events.register.OwnerApprovalRecorded;
import no.kompetansemidler.events.register.OwnerKind;
import no.kompetansemidler.events.register.OwnerRegistered;
import no.kompetansemidler.events.register.PartnerRegistered;
import no.kompetansemidler.events.register.PartnershipRegistered;
import no.kompetansemidler.events.register.RecipientRegisterEvent;
import no.kompetansemidler.recorded.register.RecipientRegisterOnFile;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A county's register of the recipients of its grants: owners of kindergartens and schools, public or private, with
 * a private owner's approvals, the networks they form with the owner that holds each network's grant (amended as
 * they change), and the partners and partnerships of their development work across years. One aggregate per county,
 * so a network names only owners the register has and a partnership only its network and partners. Who may appeal a
 * grant and who may receive one follow from it.
 */
@Aggregate
public class RecipientRegister {

    @AggregateIdentifier
    private String registerId;
    private final RecipientRegisterOnFile register = new RecipientRegisterOnFile();

    protected RecipientRegister() {
        // for Axon
    }

    public static String idOf(County county) {
        return RecipientRegisterOnFile.streamOf(county.slug());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandOutcome handle(RegisterOwner command) {
        command.expectedVersion().check(AggregateLifecycle.getVersion());
        if (register.owner(command.organisationNumber()).isPresent()) {
            throw CommandRefused.because(Refusal.CONFLICT, "owner-registered", command.organisationNumber()
                    + " is already in " + command.county().officialName() + "'s register.");
        }
        apply(new OwnerRegistered(command.county().slug(), command.organisationNumber(), command.name(),
                command.kind(), command.institutions(), command.approvals()));
        return CommandOutcome.done(command.organisationNumber());
    }

    @CommandHandler
    CommandOutcome handle(RecordOwnerApproval command) {
        command.expectedVersion().check(AggregateLifecycle.getVersion());
        RecipientRegisterOnFile.Owner owner = register.owner(command.organisationNumber()).orElseThrow(() ->
                CommandRefused.because(Refusal.NOT_FOUND, "owner-not-found", command.county().officialName()
                        + "'s register has no owner " + command.organisationNumber() + "."));
        if (owner.registration().kind() != OwnerKind.PRIVATE) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "private-owners-only", owner.registration().name()
                    + " is a public owner, which needs no approval.");
        }
        if (!owner.registration().institutions().contains(command.approval().institution())) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "owner-runs-it", owner.registration().name()
                    + " is not registered to run a " + command.approval().institution() + ".");
        }
        apply(new OwnerApprovalRecorded(command.county().slug(), command.organisationNumber(), command.approval()));
        return CommandOutcome.done(command.organisationNumber());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandOutcome handle(RegisterNetwork command) {
        command.expectedVersion().check(AggregateLifecycle.getVersion());
        if (register.network(command.networkId()).isPresent()) {
            throw CommandRefused.because(Refusal.CONFLICT, "network-registered", command.networkId()
                    + " is already in " + command.county().officialName() + "'s register.");
        }
        requireOwners(command.memberOwners());
        apply(new NetworkRegistered(command.county().slug(), command.networkId(), command.name(), command.region(),
                command.grantHolder(), command.memberOwners()));
        return CommandOutcome.done(command.networkId());
    }

    @CommandHandler
    CommandOutcome handle(AmendNetwork command) {
        command.expectedVersion().check(AggregateLifecycle.getVersion());
        if (register.network(command.networkId()).isEmpty()) {
            throw CommandRefused.because(Refusal.NOT_FOUND, "network-not-found", command.county().officialName()
                    + "'s register has no network " + command.networkId() + ".");
        }
        requireOwners(command.memberOwners());
        apply(new NetworkAmended(command.county().slug(), command.networkId(), command.name(), command.region(),
                command.grantHolder(), command.memberOwners(), command.reason()));
        return CommandOutcome.done(command.networkId());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandOutcome handle(RegisterPartner command) {
        command.expectedVersion().check(AggregateLifecycle.getVersion());
        if (register.partner(command.partnerId()).isPresent()) {
            throw CommandRefused.because(Refusal.CONFLICT, "partner-registered", command.partnerId()
                    + " is already in " + command.county().officialName() + "'s register.");
        }
        apply(new PartnerRegistered(command.county().slug(), command.partnerId(), command.name(), command.kind(),
                command.organisationNumber()));
        return CommandOutcome.done(command.partnerId());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandOutcome handle(RegisterPartnership command) {
        command.expectedVersion().check(AggregateLifecycle.getVersion());
        if (register.partnership(command.partnershipId()).isPresent()) {
            throw CommandRefused.because(Refusal.CONFLICT, "partnership-registered", command.partnershipId()
                    + " is already in " + command.county().officialName() + "'s register.");
        }
        if (register.network(command.networkId()).isEmpty()) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "network-not-registered", "Register the network "
                    + command.networkId() + " before its partnership.");
        }
        List<String> unknown = command.partnerIds().stream()
                .filter(partner -> register.partner(partner).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "partners-not-registered", "Register the partners "
                    + String.join(", ", unknown) + " before the partnership.", Map.of("partnerIds", unknown));
        }
        apply(new PartnershipRegistered(command.county().slug(), command.partnershipId(), command.name(),
                command.networkId(), command.partnerIds(), command.firstYear(), command.lastYear()));
        return CommandOutcome.done(command.partnershipId());
    }

    private void requireOwners(List<String> memberOwners) {
        List<String> unknown = memberOwners.stream().filter(number -> register.owner(number).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "owners-not-registered", "Register the owners "
                    + String.join(", ", unknown) + " before the network.", Map.of("organisationNumbers", unknown));
        }
    }

    @EventSourcingHandler
    void on(RecipientRegisterEvent event) {
        registerId = idOf(County.find(event.county()).orElseThrow());
        register.apply(event);
    }
}
