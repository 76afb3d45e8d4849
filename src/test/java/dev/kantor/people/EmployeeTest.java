package dev.kantor.people;

import java.util.List;
import java.util.Map;

import dev.kantor.platform.KantorException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmployeeTest {

    private static Employee employee() {
        Employee employee = Employee.hire(new EmployeeDetails(
                " E0100 ",
                "  Putri Ayu ",
                " Putri@Example.COM ",
                "",
                10L,
                null,
                null,
                Map.of(7L, 3),
                List.of("id", "en")));
        return employee;
    }

    @Test
    void keepsEmailInLowerCaseAndTrimsNames() {
        Employee employee = employee();
        assertThat(employee.getEmail()).isEqualTo("putri@example.com");
        assertThat(employee.getFullName()).isEqualTo("Putri Ayu");
        assertThat(employee.getEmployeeNumber()).isEqualTo("E0100");
        assertThat(employee.getPhone()).isNull();
    }

    @Test
    void cannotBeDeactivatedWhileManagingActivePeople() {
        Employee employee = employee();
        assertThatThrownBy(() -> employee.deactivate(2))
                .isInstanceOf(KantorException.class)
                .hasFieldOrPropertyWithValue("messageKey", "employee.has-reports");
        assertThat(employee.isActive()).isTrue();
    }

    @Test
    void deactivatesAndReactivatesOnlyOnce() {
        Employee employee = employee();
        employee.deactivate(0);
        assertThat(employee.isActive()).isFalse();
        assertThatThrownBy(() -> employee.deactivate(0))
                .hasFieldOrPropertyWithValue("messageKey", "employee.already-inactive");
        assertThatThrownBy(() -> employee.reactivate(false))
                .hasFieldOrPropertyWithValue("messageKey", "employee.position-inactive");
        employee.reactivate(true);
        assertThat(employee.isActive()).isTrue();
    }

    @Test
    void refusesAChangeMadeOnAStaleCopy() {
        Employee employee = new Employee(
                1L, "E1", "A", "a@example.com", null, 10L, null, null, true, 4, java.util.Set.of(), java.util.Set.of());
        EmployeeDetails change = new EmployeeDetails(null, "B", "b@example.com", null, 10L, null, null, null, null);
        assertThatThrownBy(() -> employee.change(change, 3))
                .isInstanceOf(KantorException.class)
                .hasFieldOrPropertyWithValue("kind", KantorException.Kind.CONFLICT);
        assertThat(employee.getFullName()).isEqualTo("A");
    }

    @Test
    void officeFollowsTheCustomerContactOfThePosition() {
        assertThat(CustomerContact.CONSTANT.office()).isEqualTo(Office.FRONT);
        assertThat(CustomerContact.REGULAR.office()).isEqualTo(Office.FRONT);
        assertThat(CustomerContact.OCCASIONAL.office()).isEqualTo(Office.BACK);
        assertThat(CustomerContact.NONE.office()).isEqualTo(Office.BACK);
        assertThat(CustomerContact.placing(Office.HYBRID)).isEmpty();
    }
}
