package dev.kantor.reporting.hr;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.kantor.people.DirectoryEntry;
import dev.kantor.people.DirectoryPage;
import dev.kantor.people.DirectoryQuery;
import dev.kantor.people.People;

import org.springframework.stereotype.Component;

/** Everyone active as the directory shows them (office with HYBRID, department, position, name), page by page. */
@Component
class ActiveEmployees {

    private final People people;

    ActiveEmployees(People people) {
        this.people = people;
    }

    /** Every active employee by id, in the directory's order. */
    Map<Long, DirectoryEntry> active() {
        Map<Long, DirectoryEntry> all = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            DirectoryPage found = people.search(new DirectoryQuery(
                    null, null, null, null, null, null, DirectoryQuery.Status.ACTIVE, page, DirectoryQuery.MAX_SIZE));
            found.entries().forEach(e -> all.put(e.id(), e));
            if (found.entries().size() < DirectoryQuery.MAX_SIZE) {
                return all;
            }
        }
    }
}
