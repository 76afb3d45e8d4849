package dev.kantor.platform.web;

import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.security.Role;

/**
 * Who is looking at a page, decided once per request: templates ask it what to show instead of
 * evaluating a security expression for every row, which costs milliseconds each.
 */
public record Viewer(String username, Role role, Long employeeId) {

    static final Viewer ANONYMOUS = new Viewer(null, null, null);

    static Viewer of(KantorUser user) {
        return new Viewer(user.getUsername(), user.role(), user.employeeId());
    }

    /** The viewer of the current request. */
    public static Viewer current() {
        return CurrentUser.get().map(Viewer::of).orElse(ANONYMOUS);
    }

    public boolean signedIn() {
        return role != null;
    }

    /** HR and admins look after people data. */
    public boolean mayAdministerPeople() {
        return role == Role.HR || role == Role.ADMIN;
    }

    /** Everyone who serves customers works cases: agents, back-office staff, managers, admins. */
    public boolean worksCases() {
        return role == Role.AGENT || role == Role.STAFF || role == Role.MANAGER || role == Role.ADMIN;
    }

    /** Managers (and admins) delegate authority, approve and watch complaints. */
    public boolean manages() {
        return role == Role.MANAGER || role == Role.ADMIN;
    }

    public boolean is(String roleName) {
        return role != null && role.name().equals(roleName);
    }
}
