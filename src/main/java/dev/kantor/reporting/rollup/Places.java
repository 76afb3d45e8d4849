package dev.kantor.reporting.rollup;

import java.util.HashMap;
import java.util.Map;

import dev.kantor.people.People;
import dev.kantor.reporting.rollup.CaseLines.Place;

/** Where the people who served cases work, read from the people module once per person. */
class Places {

    private final People people;
    private final Map<Long, Place> known = new HashMap<>();

    Places(People people) {
        this.people = people;
    }

    Place of(Long employeeId) {
        if (employeeId == null) {
            return Place.NOBODY;
        }
        return known.computeIfAbsent(employeeId, id -> people.entry(id)
                .map(e -> new Place(e.departmentId(), e.office().name()))
                .orElse(Place.NOBODY));
    }
}
