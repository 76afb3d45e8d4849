package dev.kantor.policies.applying;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kantor.people.DirectoryEntry;
import dev.kantor.people.DirectoryPage;
import dev.kantor.people.DirectoryQuery;
import dev.kantor.people.Office;
import dev.kantor.people.People;
import dev.kantor.people.Position;
import dev.kantor.policies.rules.Person;

import org.springframework.stereotype.Component;

/** The people the policies apply to, read through the people module as the one rule needs them. */
@Component
public class Workforce {

    private final People people;

    Workforce(People people) {
        this.people = people;
    }

    /** One employee, active or not, where they work now (their office measured: HYBRID included). */
    public Optional<Person> person(long employeeId) {
        return people.entry(employeeId).map(Workforce::person);
    }

    static Person person(DirectoryEntry e) {
        return new Person(e.id(), e.positionId(), e.departmentId(), e.office());
    }

    /** Every active employee: one query for them, one for positions, and the few hybrid ones by page. */
    public List<Person> everyone() {
        Map<Long, Position> positions =
                people.positions().stream().collect(Collectors.toMap(Position::getId, Function.identity()));
        Set<Long> hybrid = hybrid();
        List<Person> all = new ArrayList<>();
        for (var e : people.activeEmployeeSkills(List.of())) {
            Office office = hybrid.contains(e.id())
                    ? Office.HYBRID
                    : positions.get(e.positionId()).office();
            all.add(new Person(e.id(), e.positionId(), e.departmentId(), office));
        }
        return all;
    }

    /** The same person moved to another position (and with it its department and office). */
    public Optional<Person> movedTo(Person person, long positionId) {
        return people.position(positionId)
                .map(p -> person.movedTo(
                        p.getId(),
                        p.getDepartmentId(),
                        person.office() == Office.HYBRID && p.office() == Office.BACK ? Office.HYBRID : p.office()));
    }

    private Set<Long> hybrid() {
        Set<Long> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            DirectoryPage found = people.search(new DirectoryQuery(
                    null,
                    null,
                    Office.HYBRID,
                    null,
                    null,
                    null,
                    DirectoryQuery.Status.ACTIVE,
                    page,
                    DirectoryQuery.MAX_SIZE));
            found.entries().forEach(e -> ids.add(e.id()));
            if ((long) (page + 1) * DirectoryQuery.MAX_SIZE >= found.total()) {
                return ids;
            }
        }
    }
}
