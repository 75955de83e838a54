package no.kompetansemidler.command.grant;

import java.time.LocalDate;

import no.kompetansemidler.command.refusal.ExpectedVersion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the accounting system paid an ordered payment. */
public record RecordPayment(@TargetAggregateIdentifier String grantId, int paymentNumber, LocalDate paidOn,
                            String accountingReference, ExpectedVersion expectedVersion) implements GrantCommand {
}
