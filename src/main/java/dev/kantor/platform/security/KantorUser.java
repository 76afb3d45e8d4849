package dev.kantor.platform.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in person: their account, role, and the employee they are, if any. */
public class KantorUser extends User {

    private final Role role;
    private final Long employeeId;

    KantorUser(String username, String passwordHash, boolean enabled, Role role, Long employeeId) {
        super(username, passwordHash, enabled, true, true, true,
                List.of(new SimpleGrantedAuthority(role.authority())));
        this.role = role;
        this.employeeId = employeeId;
    }

    public Role role() {
        return role;
    }

    public Long employeeId() {
        return employeeId;
    }
}
