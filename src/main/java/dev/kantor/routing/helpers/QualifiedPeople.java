package dev.kantor.routing.helpers;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.kantor.people.People;
import dev.kantor.people.QualifiedEmployee;
import dev.kantor.routing.changes.ChangeCounter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who holds the skills a topic needs, kept in memory until people's skills change. Skills change
 * when HR edits someone, rarely; reading who holds them was most of the cost of an answer for
 * topics many people can serve (docs/benchmarks.md). A change is counted in the database
 * ({@link QualificationChanges}), so that every node reads again: the node that heard of it at
 * once, the others within {@link #CHECK_EVERY}.
 */
@Component
class QualifiedPeople {

    static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    /** Who qualified for some minimum levels when the change count was {@code atChange}. */
    private record Known(List<QualifiedEmployee> people, long atChange) {}

    private final People people;
    private final ChangeCounter changes;
    private final Map<Map<Long, Integer>, Known> known = new ConcurrentHashMap<>();

    QualifiedPeople(People people, JdbcClient jdbc) {
        this.people = people;
        this.changes = new ChangeCounter(jdbc, "qualifications", CHECK_EVERY);
    }

    /** @param minimumLevels skill id to minimum level, as {@link dev.kantor.routing.Topic#minimumLevels()} */
    List<QualifiedEmployee> forTopic(Map<Long, Integer> minimumLevels) {
        // the count before the people: what is read after it is at least as new as the count says
        long change = changes.current();
        Known k = known.get(minimumLevels);
        if (k == null || k.atChange() != change) {
            // what was read before the last change is of no use for any topic any more
            known.values().removeIf(old -> old.atChange() != change);
            k = new Known(people.qualifiedFor(minimumLevels), change);
            known.put(minimumLevels, k);
        }
        return k.people();
    }

    /** Who holds which skills changed: every node reads again what it keeps. */
    void changed() {
        changes.count();
    }
}
