package dev.kantor.people;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An organisation held in maps, for testing the rules without a database. */
class InMemoryOrganisation implements Organisation {

    final Map<Long, Department> departments = new HashMap<>();
    final Map<Long, Position> positions = new HashMap<>();
    final Map<Long, Employee> employees = new HashMap<>();
    final Set<Long> skills = new java.util.HashSet<>();

    InMemoryOrganisation department(long id, boolean active) {
        departments.put(id, new Department(id, "D" + id, "Department " + id, "Departemen " + id, active, 0));
        return this;
    }

    InMemoryOrganisation position(long id, long departmentId, CustomerContact contact, boolean active) {
        positions.put(
                id,
                new Position(id, "p" + id, "Position " + id, "Jabatan " + id, departmentId, contact, false, active, 0));
        return this;
    }

    InMemoryOrganisation employee(long id, Long managerId, boolean active) {
        employees.put(
                id,
                new Employee(
                        id,
                        "E" + id,
                        "Person " + id,
                        "p" + id + "@example.com",
                        null,
                        1L,
                        managerId,
                        LocalDate.of(2020, 1, 1),
                        active,
                        0,
                        Set.of(),
                        Set.of()));
        return this;
    }

    InMemoryOrganisation skill(long id) {
        skills.add(id);
        return this;
    }

    @Override
    public Optional<Department> department(long id) {
        return Optional.ofNullable(departments.get(id));
    }

    @Override
    public Optional<Position> position(long id) {
        return Optional.ofNullable(positions.get(id));
    }

    @Override
    public Optional<Employee> employee(long id) {
        return Optional.ofNullable(employees.get(id));
    }

    @Override
    public boolean skillExists(long id) {
        return skills.contains(id);
    }
}
