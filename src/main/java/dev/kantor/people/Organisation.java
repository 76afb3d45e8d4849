package dev.kantor.people;

import java.util.Optional;

/** What the rules for people data need to know about the rest of the organisation. */
interface Organisation {

    Optional<Department> department(long id);

    Optional<Position> position(long id);

    Optional<Employee> employee(long id);

    boolean skillExists(long id);
}
