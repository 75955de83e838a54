package no.kompetansemidler.command.accessregister;

import no.kompetansemidler.command.round.RoundHistory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The forum register as the access register consults it: the same history the rounds read their forum from. */
@Configuration(proxyBeanMethods = false)
class ForumMembershipFromHistory {

    @Bean
    ForumMembership forumMembership(RoundHistory history) {
        return (county, memberId, on) -> history.forumMembers(county, on).containsKey(memberId);
    }
}
