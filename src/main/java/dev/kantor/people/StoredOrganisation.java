package dev.kantor.people;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** The organisation as stored, for the rules. */
@Component
class StoredOrganisation implements Organisation {

    private final Departments departments;
    private final Positions positions;
    private final Employees employees;
    private final Skills skills;

    StoredOrganisation(Departments departments, Positions positions, Employees employees, Skills skills) {
        this.departments = departments;
        this.positions = positions;
        this.employees = employees;
        this.skills = skills;
    }

    @Override
    public Optional<Department> department(long id) {
        return departments.findById(id);
    }

    @Override
    public Optional<Position> position(long id) {
        return positions.findById(id);
    }

    @Override
    public Optional<Employee> employee(long id) {
        return employees.findById(id);
    }

    @Override
    public boolean skillExists(long id) {
        return skills.existsById(id);
    }
}
