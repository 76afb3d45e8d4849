package dev.kantor.platform.security;

/** What a signed-in person is allowed to do in Kantor. */
public enum Role {
    ADMIN,
    HR,
    MANAGER,
    AGENT,
    STAFF;

    public String authority() {
        return "ROLE_" + name();
    }
}
