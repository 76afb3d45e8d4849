package dev.kantor.reporting.hr;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.kantor.people.DirectoryEntry;
import dev.kantor.people.People;

import org.springframework.stereotype.Component;

/** Everyone active as the directory shows them (office with HYBRID, department, position, name). */
@Component
class ActiveEmployees {

    private final People people;

    ActiveEmployees(People people) {
        this.people = people;
    }

    /** Every active employee by id (skills and languages left out), in one read. */
    Map<Long, DirectoryEntry> active() {
        Map<Long, DirectoryEntry> all = new LinkedHashMap<>();
        people.everyoneActive().forEach(e -> all.put(e.id(), e));
        return all;
    }
}
