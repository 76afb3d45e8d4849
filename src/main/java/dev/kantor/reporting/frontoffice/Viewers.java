package dev.kantor.reporting.frontoffice;

import java.util.Optional;

import dev.kantor.people.Office;
import dev.kantor.people.People;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.security.Role;

import org.springframework.stereotype.Component;

/**
 * Which cases the signed-in person may count: a manager who works in the back office sees the
 * cases their own department served; admins and front-office managers see all.
 */
@Component
public class Viewers {

    private final People people;

    Viewers(People people) {
        this.people = people;
    }

    /** The department the signed-in person is held to, if they are a back-office manager. */
    public Optional<Long> ownDepartmentOnly() {
        Optional<KantorUser> user = CurrentUser.get();
        if (user.isEmpty() || user.get().role() != Role.MANAGER || user.get().employeeId() == null) {
            return Optional.empty();
        }
        return people.entry(user.get().employeeId())
                .filter(e -> e.office() == Office.BACK)
                .map(e -> e.departmentId());
    }
}
