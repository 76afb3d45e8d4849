package dev.kantor.reporting.frontoffice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.kantor.people.CustomerContact;
import dev.kantor.people.Department;
import dev.kantor.people.DirectoryEntry;
import dev.kantor.people.Office;
import dev.kantor.people.People;
import dev.kantor.platform.security.Role;
import dev.kantor.platform.security.SystemUser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Who is held to their own department on the dashboards: a manager in the back or hybrid office (by position
 * or measured contact), or in a department HR declared back office or hybrid; not a front-office manager of a
 * front-office (or undeclared) department, nor an admin.
 */
class ViewersTest {

    static final long MANAGER = 41;
    static final long DEPARTMENT = 7;

    People people = mock(People.class);
    Viewers viewers = new Viewers(people, null);

    void manager(Office office, Office departmentCharacter) {
        when(people.entry(MANAGER)).thenReturn(Optional.of(entry(office)));
        Department department = mock(Department.class);
        when(department.getOfficeCharacter()).thenReturn(departmentCharacter);
        when(people.department(DEPARTMENT)).thenReturn(Optional.of(department));
    }

    @ParameterizedTest(name = "a {0} manager of a department declared {1} is held to it: {2}")
    @CsvSource(
            nullValues = "NONE",
            value = {
                "BACK, NONE, true",
                "BACK, BACK, true",
                "HYBRID, NONE, true",
                "HYBRID, FRONT, true",
                "FRONT, HYBRID, true",
                "FRONT, BACK, true",
                "FRONT, FRONT, false",
                "FRONT, NONE, false"
            })
    void aManagerOutsideTheFrontOfficeIsHeldToTheirOwnDepartment(Office office, Office character, boolean held) {
        manager(office, character);

        Optional<Long> own = SystemUser.callAs(MANAGER, Role.MANAGER, viewers::ownDepartmentOnly);

        assertThat(own).isEqualTo(held ? Optional.of(DEPARTMENT) : Optional.empty());
    }

    @Test
    void anAdminIsHeldToNoDepartment() {
        manager(Office.HYBRID, Office.HYBRID);

        assertThat(SystemUser.callAs(MANAGER, Role.ADMIN, viewers::ownDepartmentOnly))
                .isEmpty();
    }

    static DirectoryEntry entry(Office office) {
        return new DirectoryEntry(
                MANAGER,
                "E-41",
                "Lanny Halim",
                "lanny@example.com",
                null,
                LocalDate.of(2020, 1, 6),
                true,
                0,
                3,
                "HEAD",
                "Head",
                "Kepala",
                DEPARTMENT,
                "ACC",
                "Accounting",
                "Akuntansi",
                CustomerContact.values()[0],
                office,
                null,
                null,
                List.of(),
                List.of());
    }
}
