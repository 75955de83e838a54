package no.kompetansemidler.events.forum;

/**
 * A forum member present at a meeting.
 *
 * @param countyGovernorRepresentative the county governor's own people take part but do not vote
 * @param networkId                    the network whose partnership the member belongs to, or {@code null}; the member
 *                                     is recused from items affecting it
 */
public record ForumMember(String name, String organisation, boolean countyGovernorRepresentative,
                          String networkId) {
}
