package dev.kantor.floor.board;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.kantor.people.Employee;
import dev.kantor.people.People;

import org.springframework.stereotype.Component;

/**
 * The names on the board, remembered for a minute: the board is read every ten seconds by every
 * manager and wall, and people's records (with their skills and languages) are costly to read by the
 * hundred, while names rarely change. A rename shows within {@link #REMEMBER}.
 */
@Component
class BoardNames {

    static final Duration REMEMBER = Duration.ofMinutes(1);

    /** A name as read, or none for an id that names nobody, and until when it holds. */
    private record Known(String name, long untilNanos) {}

    private final Map<Long, Known> known = new ConcurrentHashMap<>();
    private final People people;

    BoardNames(People people) {
        this.people = people;
    }

    /** The names of these people, by id; an id naming nobody is left out. */
    Map<Long, String> of(Collection<Long> ids) {
        long now = System.nanoTime();
        List<Long> stale = new ArrayList<>();
        for (Long id : ids) {
            Known k = known.get(id);
            if (k == null || now - k.untilNanos() >= 0) {
                stale.add(id);
            }
        }
        if (!stale.isEmpty()) {
            Map<Long, String> read = new HashMap<>();
            for (Employee employee : people.employees(stale)) {
                read.put(employee.getId(), employee.getFullName());
            }
            long until = now + REMEMBER.toNanos();
            stale.forEach(id -> known.put(id, new Known(read.get(id), until)));
        }
        Map<Long, String> names = new HashMap<>();
        for (Long id : ids) {
            Known k = known.get(id);
            if (k != null && k.name() != null) {
                names.put(id, k.name());
            }
        }
        return names;
    }
}
