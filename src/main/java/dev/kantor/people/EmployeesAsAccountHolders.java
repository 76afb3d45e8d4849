package dev.kantor.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import dev.kantor.platform.security.AccountHolders;

import org.springframework.stereotype.Component;

/** Tells the accounts page whose account is whose, and whether its employee still works here. */
@Component
class EmployeesAsAccountHolders implements AccountHolders {

    private final Employees employees;

    EmployeesAsAccountHolders(Employees employees) {
        this.employees = employees;
    }

    @Override
    public Map<Long, String> namesOf(Collection<Long> employeeIds) {
        Map<Long, String> names = new HashMap<>();
        employees.findAllById(employeeIds).forEach(e -> names.put(e.getId(), e.getFullName()));
        return names;
    }

    @Override
    public boolean isActive(long employeeId) {
        return employees.findById(employeeId).map(Employee::isActive).orElse(false);
    }
}
