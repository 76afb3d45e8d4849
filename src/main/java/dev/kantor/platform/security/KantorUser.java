package dev.kantor.platform.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in person: their account, role, the employee they are, if any, and whether they must
 * choose a new password before anything else (after an admin reset theirs).
 */
public class KantorUser extends User {

    /**
     * The identity a sign-in stored in the database was written with before the password-change
     * flag existed: sessions open during an upgrade still read (the flag reads as false).
     */
    private static final long serialVersionUID = -2061564418881727488L;

    private final Role role;
    private final Long employeeId;
    private final boolean passwordChangeRequired;

    KantorUser(String username, String passwordHash, boolean enabled, Role role, Long employeeId) {
        this(username, passwordHash, enabled, role, employeeId, false);
    }

    KantorUser(
            String username,
            String passwordHash,
            boolean enabled,
            Role role,
            Long employeeId,
            boolean passwordChangeRequired) {
        super(username, passwordHash, enabled, true, true, true, List.of(new SimpleGrantedAuthority(role.authority())));
        this.role = role;
        this.employeeId = employeeId;
        this.passwordChangeRequired = passwordChangeRequired;
    }

    /**
     * Who calls with an API token: a person (their username, role and employee, as their account
     * says now) or a service account ({@code service:<name>}, no employee). Its authorities are
     * its role's only; what the token's scopes allow is checked before the request goes on.
     */
    public static KantorUser viaToken(String username, Role role, Long employeeId, boolean passwordChangeRequired) {
        return new KantorUser(username, "", true, role, employeeId, passwordChangeRequired);
    }

    public Role role() {
        return role;
    }

    public Long employeeId() {
        return employeeId;
    }

    /** The account has a temporary password: the person chooses their own before doing anything else. */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    /** The same person once they have chosen their own password. */
    KantorUser withOwnPassword() {
        return new KantorUser(getUsername(), "", isEnabled(), role, employeeId, false);
    }
}
