package dev.kantor.people;

import java.util.Arrays;
import java.util.List;

/** How much direct customer contact a position's work brings; it decides the office. */
public enum CustomerContact {
    /** No customer contact at all. */
    NONE(Office.BACK),
    /** Now and then, not part of the daily work. */
    OCCASIONAL(Office.BACK),
    /** A regular part of the work. */
    REGULAR(Office.FRONT),
    /** The work is serving customers. */
    CONSTANT(Office.FRONT);

    private final Office office;

    CustomerContact(Office office) {
        this.office = office;
    }

    /** The office of people in a position with this much customer contact. */
    public Office office() {
        return office;
    }

    /** The levels whose positions belong to an office (none for HYBRID, which is measured). */
    public static List<CustomerContact> placing(Office office) {
        return Arrays.stream(values()).filter(c -> c.office == office).toList();
    }
}
