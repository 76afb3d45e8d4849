package dev.kantor.service.catalogue;

import java.util.Optional;

import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.people.Position;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.security.Role;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Where the signed-in person works, as the internal service rules need it: their department, and whether they
 * manage it. An admin stands for every department.
 */
@Component
public class Workplace {

    /** The signed-in person as the rules see them. */
    public record Me(Long employeeId, Long departmentId, boolean manager, boolean admin) {

        /** Works in (or administers) the department: sees its queue and works its requests. */
        public boolean worksIn(long department) {
            return admin || departmentId != null && departmentId == department;
        }

        /** Manages the department: publishes its catalogue, approves, reads its page. */
        public boolean manages(long department) {
            return admin || manager && departmentId != null && departmentId == department;
        }
    }

    private final People people;

    Workplace(People people) {
        this.people = people;
    }

    public Me me() {
        Optional<KantorUser> user = CurrentUser.get();
        // an admin's account, or Kantor itself at work (SystemUser: loading the demo company); never a caller
        // without any authentication, such as a listener's thread
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = user.map(u -> u.role() == Role.ADMIN).orElse(false)
                || auth != null
                        && CurrentUser.SYSTEM.equals(auth.getName())
                        && auth.getAuthorities().stream()
                                .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
        Long employeeId = user.map(KantorUser::employeeId).orElse(null);
        if (employeeId == null) {
            return new Me(null, null, false, admin);
        }
        Optional<Position> position =
                people.employee(employeeId).map(Employee::getPositionId).flatMap(people::position);
        return new Me(
                employeeId,
                position.map(Position::getDepartmentId).orElse(null),
                position.map(Position::isManages).orElse(false),
                admin);
    }

    /** The department an employee works in, if they have a position. */
    public Optional<Long> departmentOf(long employeeId) {
        return people.employee(employeeId)
                .map(Employee::getPositionId)
                .flatMap(people::position)
                .map(Position::getDepartmentId);
    }
}
