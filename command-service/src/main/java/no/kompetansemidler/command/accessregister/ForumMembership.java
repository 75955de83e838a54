package no.kompetansemidler.command.accessregister;

import java.time.LocalDate;

import no.kompetansemidler.command.kernel.County;

/** Whether the county's forum register has the member sitting on a day: a forum member's grant names their seat. */
@FunctionalInterface
public interface ForumMembership {

    boolean sits(County county, String memberId, LocalDate on);
}
