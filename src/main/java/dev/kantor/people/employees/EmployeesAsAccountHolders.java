package dev.kantor.people.employees;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.platform.security.AccountHolders;

import org.springframework.stereotype.Component;

/** Tells the accounts page whose account is whose, and whether its employee still works here. */
@Component
class EmployeesAsAccountHolders implements AccountHolders {

    private final People people;

    EmployeesAsAccountHolders(People people) {
        this.people = people;
    }

    @Override
    public Map<Long, String> namesOf(Collection<Long> employeeIds) {
        Map<Long, String> names = new HashMap<>();
        people.employees(employeeIds).forEach(e -> names.put(e.getId(), e.getFullName()));
        return names;
    }

    @Override
    public boolean isActive(long employeeId) {
        return people.employee(employeeId).map(Employee::isActive).orElse(false);
    }
}
