package no.kompetansemidler.events.forum;

/**
 * A forum member present at a meeting.
 *
 * @param countyGovernorRepresentative one of the county governor's own people
 * @param networkId                    the network whose partnership the member belongs to, or {@code null}; the member
 *                                     is recused from items affecting it
 * @param memberId                     the member's id in the county's forum register, {@code null} for a member named
 *                                     at the meeting (and in meetings recorded before revision 2)
 * @param role                         the member's role from the register, {@code null} likewise
 */
public record ForumMember(String name, String organisation, boolean countyGovernorRepresentative,
                          String networkId, String memberId, ForumRole role) {

    /** A member named at the meeting, not taken from the register. */
    public ForumMember(String name, String organisation, boolean countyGovernorRepresentative, String networkId) {
        this(name, organisation, countyGovernorRepresentative, networkId, null, null);
    }
}
