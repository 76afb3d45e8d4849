package dev.kantor.cases;

/** How a customer reached the business. */
public enum Channel {
    WALK_IN,
    PHONE,
    EMAIL,
    WEB,
    /** A live conversation on the portal's web chat. */
    CHAT;

    /** Walk-ins and calls are served in person: the employee logging them had customer contact. */
    public boolean inPerson() {
        return this == WALK_IN || this == PHONE;
    }
}
