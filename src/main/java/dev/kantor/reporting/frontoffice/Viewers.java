package dev.kantor.reporting.frontoffice;

import java.util.Optional;

import dev.kantor.people.Office;
import dev.kantor.people.People;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which cases the signed-in person may count: a manager who works in the back office or the hybrid office
 * (or in a department declared so) sees the cases their own department served; admins and front-office
 * managers see all.
 */
@Component
public class Viewers {

    private final People people;
    private final JdbcClient jdbc;

    Viewers(People people, JdbcClient jdbc) {
        this.people = people;
        this.jdbc = jdbc;
    }

    /** Whether the signed-in person asked for the weekly digest. */
    public boolean subscribedToDigest() {
        Long me = CurrentUser.get().map(KantorUser::employeeId).orElse(null);
        return me != null
                && jdbc.sql("select count(*) from reporting_digest_subscription where employee_id = ?")
                                .param(me)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    /**
     * The department the signed-in person is held to, if they are a manager outside the front office: one who
     * works in the back office or in the hybrid office (by their position or their measured customer contact),
     * or whose department HR declared back office or hybrid.
     */
    public Optional<Long> ownDepartmentOnly() {
        Optional<KantorUser> user = CurrentUser.get();
        if (user.isEmpty() || user.get().role() != Role.MANAGER || user.get().employeeId() == null) {
            return Optional.empty();
        }
        return people.entry(user.get().employeeId())
                .filter(e -> e.office() != Office.FRONT || !frontOffice(e.departmentId()))
                .map(e -> e.departmentId());
    }

    /** Whether a department is the front office's: declared so, or not declared otherwise. */
    private boolean frontOffice(long departmentId) {
        Office declared =
                people.department(departmentId).map(d -> d.getOfficeCharacter()).orElse(null);
        return declared == null || declared == Office.FRONT;
    }
}
