package no.kompetansemidler.query.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import no.kompetansemidler.access.web.CurrentActor;
import no.kompetansemidler.events.register.Institution;
import no.kompetansemidler.query.published.RegisterAnswer;
import no.kompetansemidler.query.web.NotFound;
import no.kompetansemidler.recorded.register.RecipientRegisterOnFile;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A county's register of owners and networks, read from the event store on each request. */
@RestController
class RegisterQueryController {

    private final EventStore eventStore;

    RegisterQueryController(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Operation(summary = "A county's register of owners and networks",
            description = "Owners by organisation number: municipal, county municipal or private, what they run, "
                    + "and a private owner's approvals (barnehageloven § 14, friskolelova § 2-1); networks with "
                    + "the owner that holds their grant and whether their grant letters can be appealed (a private "
                    + "grant holder's can, a municipality's cannot), as amended with each amendment's reason; "
                    + "university, vocational college and other expertise partners; partnerships with their "
                    + "network, partners and the budget years of their work. Findings name private owners without the "
                    + "approval for what they run, and the networks they are in. 404 until the county has a "
                    + "register.")
    @GetMapping("/counties/{county}/register")
    RegisterAnswer register(@PathVariable String county) {
        if (!CurrentActor.get().covers(county)) {
            throw NotFound.of("register of " + county);
        }
        List<Object> events = eventStore.readEvents(RecipientRegisterOnFile.streamOf(county)).asStream()
                .map(EventMessage::getPayload).map(Object.class::cast).toList();
        if (events.isEmpty()) {
            throw NotFound.of("register of " + county);
        }
        RecipientRegisterOnFile register = new RecipientRegisterOnFile();
        events.forEach(register::apply);
        List<String> findings = new ArrayList<>();
        register.owners().stream().filter(owner -> !owner.approved()).forEach(owner -> findings.add(
                owner.registration().name() + " (" + owner.registration().organisationNumber() + ") is a private "
                        + "owner without an approval to run " + owner.unapproved().stream().map(Institution::name)
                        .map(name -> name.toLowerCase(Locale.ROOT)).toList() + " and cannot receive funds for it"));
        register.networks().forEach(network -> network.memberOwners().stream()
                .flatMap(number -> register.owner(number).stream()).filter(owner -> !owner.approved())
                .forEach(owner -> findings.add(network.networkId() + " has an owner without approval: "
                        + owner.registration().name())));
        return new RegisterAnswer(county, register.owners().stream().map(owner -> new RegisterAnswer.Owner(
                owner.registration().organisationNumber(), owner.registration().name(),
                owner.registration().kind().name(), owner.registration().institutions().stream()
                .map(Institution::name).toList(), owner.approvals().stream().map(approval ->
                        new RegisterAnswer.Approval(approval.institution().name(),
                                approval.institution().approvalStatute(), approval.reference(),
                                approval.approvedOn())).toList(), owner.approved())).toList(),
                register.networks().stream().map(network -> new RegisterAnswer.Network(network.networkId(),
                        network.name(), network.region(), network.grantHolder(), register.owner(network.grantHolder())
                        .map(owner -> owner.registration().name()).orElse(null), network.memberOwners(),
                        register.appealRightOf(network.networkId()).name(), register.amendmentsOf(network.networkId())
                        .stream().map(amended -> new RegisterAnswer.Amendment(amended.grantHolder(),
                                amended.memberOwners(), amended.reason())).toList())).toList(),
                register.partners().stream().map(partner -> new RegisterAnswer.Partner(partner.partnerId(),
                        partner.name(), partner.kind().name(), partner.organisationNumber())).toList(),
                register.partnerships().stream().map(partnership -> new RegisterAnswer.Partnership(
                        partnership.partnershipId(), partnership.name(), partnership.networkId(),
                        partnership.partnerIds(), partnership.partnerIds().stream().map(id -> register.partner(id)
                        .map(partner -> partner.name()).orElse(id)).toList(), partnership.firstYear(),
                        partnership.lastYear())).toList(), findings);
    }
}
