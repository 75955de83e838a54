package no.kompetansemidler.events.register;

/**
 * Whether an owner is public or private. A state grant to a municipality or county municipality is not an
 * individual decision and cannot be appealed; a grant to a private owner is and can (fvl. §§ 2, 28).
 */
public enum OwnerKind {
    MUNICIPALITY,
    COUNTY_MUNICIPALITY,
    PRIVATE;

    public boolean isPublic() {
        return this != PRIVATE;
    }
}
