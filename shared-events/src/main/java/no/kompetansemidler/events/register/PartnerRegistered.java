package no.kompetansemidler.events.register;

import no.kompetansemidler.events.needs.PartnerKind;
import org.axonframework.serialization.Revision;

/**
 * A university or college, vocational college or other expertise partner ("UH / annet kompetansemiljø") was entered
 * in the county's register.
 *
 * @param partnerId          the id partnerships name it by, e.g. {@code inn}
 * @param organisationNumber its organisation number
 */
@Revision("1")
public record PartnerRegistered(String county, String partnerId, String name, PartnerKind kind,
                                String organisationNumber) implements RecipientRegisterEvent {
}
