package dev.kantor.policies.acknowledgements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kantor.people.Department;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.people.Position;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.policies.applying.PoliciesInForce;
import dev.kantor.policies.handbook.PolicyStore;
import dev.kantor.policies.handbook.StoredVersion;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Acknowledging policies: each person's own, and HR's completion report. */
@Service
@Transactional
public class Acknowledgements implements dev.kantor.policies.PolicyAcknowledgements {

    static final String AUDITED = "policy-acknowledgement";
    static final int OVERDUE_LISTED = 200;

    /** A version someone is asked to acknowledge, in their language. */
    public record ToAcknowledge(
            long versionId,
            long policyId,
            String title,
            String body,
            Instant askedAt,
            LocalDate dueOn,
            boolean overdue) {}

    /** A department's or position's completion. */
    public record Line(long id, String name, long asked, long acknowledged, long overdue) {

        public int percent() {
            return asked == 0 ? 100 : (int) (acknowledged * 100 / asked);
        }
    }

    /** Someone overdue: who, where, which version and since when it was due. */
    public record Overdue(
            long employeeId, String name, String department, long versionId, String title, LocalDate dueOn) {}

    public record Report(List<Line> departments, List<Line> positions, List<Overdue> overdue, long asked, long done) {}

    private final AcknowledgementStore store;
    private final PolicyStore policies;
    private final PoliciesInForce inForce;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    Acknowledgements(
            AcknowledgementStore store,
            PolicyStore policies,
            PoliciesInForce inForce,
            People people,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.policies = policies;
        this.inForce = inForce;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** What one person still has to acknowledge, the oldest first. */
    @Transactional(readOnly = true)
    public List<ToAcknowledge> open(long employeeId, Locale locale) {
        LocalDate today = inForce.today();
        List<ToAcknowledge> open = new ArrayList<>();
        for (var a : store.open(employeeId)) {
            policies.version(a.versionId())
                    .ifPresent(v -> open.add(new ToAcknowledge(
                            v.id(),
                            v.policyId(),
                            v.title(locale),
                            v.body(locale),
                            a.askedAt(),
                            a.dueOn(),
                            a.dueOn().isBefore(today))));
        }
        return open;
    }

    /** When the person acknowledged each version they were asked about (absent: not yet). */
    @Transactional(readOnly = true)
    public Map<Long, Instant> acknowledgedBy(long employeeId) {
        return store.ofPerson(employeeId).stream()
                .filter(AcknowledgementStore.Acknowledgement::isDone)
                .collect(Collectors.toMap(
                        AcknowledgementStore.Acknowledgement::versionId,
                        AcknowledgementStore.Acknowledgement::acknowledgedAt));
    }

    /**
     * The person acknowledges a version they were asked about; acknowledging again changes nothing.
     *
     * @return whether it was acknowledged now
     */
    @Override
    public boolean acknowledge(long employeeId, long versionId) {
        var asked = store.of(versionId, employeeId)
                .orElseThrow(() -> KantorException.notFound("policies.acknowledge.not-asked"));
        if (asked.isDone()) {
            return false;
        }
        boolean now = store.acknowledge(versionId, employeeId, clock.instant());
        if (now) {
            String title =
                    policies.version(versionId).map(StoredVersion::titleEn).orElse("");
            audit.noted(
                    AUDITED,
                    versionId,
                    title,
                    AuditAction.UPDATED,
                    Map.of("employee", String.valueOf(employeeId), "acknowledged", "true"));
        }
        return now;
    }

    /** Completion per department and position, and who is overdue, for one version or all (null). */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Report report(Long versionId, Locale locale) {
        LocalDate today = inForce.today();
        Map<Long, Department> departments =
                people.departments().stream().collect(Collectors.toMap(Department::getId, Function.identity()));
        Map<Long, Position> positions =
                people.positions().stream().collect(Collectors.toMap(Position::getId, Function.identity()));
        List<Line> byDepartment = store.counts("department_id", versionId, today).stream()
                .map(c -> line(
                        c,
                        departments.containsKey(c.groupId())
                                ? departments.get(c.groupId()).name(locale)
                                : "?"))
                .toList();
        List<Line> byPosition = store.counts("position_id", versionId, today).stream()
                .map(c -> line(
                        c,
                        positions.containsKey(c.groupId())
                                ? positions.get(c.groupId()).title(locale)
                                : "?"))
                .toList();
        var overdue = store.overdue(versionId, today, OVERDUE_LISTED);
        Map<Long, String> names = names(overdue.stream()
                .map(AcknowledgementStore.Acknowledgement::employeeId)
                .distinct()
                .toList());
        Map<Long, String> titles = new java.util.HashMap<>();
        List<Overdue> late = overdue.stream()
                .map(a -> new Overdue(
                        a.employeeId(),
                        names.getOrDefault(a.employeeId(), "#" + a.employeeId()),
                        departments.containsKey(a.departmentId())
                                ? departments.get(a.departmentId()).name(locale)
                                : "?",
                        a.versionId(),
                        titles.computeIfAbsent(a.versionId(), id -> policies.version(id)
                                .map(v -> v.title(locale))
                                .orElse("")),
                        a.dueOn()))
                .toList();
        long asked = byDepartment.stream().mapToLong(Line::asked).sum();
        long done = byDepartment.stream().mapToLong(Line::acknowledged).sum();
        return new Report(byDepartment, byPosition, late, asked, done);
    }

    private static Line line(AcknowledgementStore.Counts c, String name) {
        return new Line(c.groupId(), name, c.asked(), c.acknowledged(), c.overdue());
    }

    private Map<Long, String> names(Collection<Long> ids) {
        return people.employees(ids).stream().collect(Collectors.toMap(Employee::getId, Employee::getFullName));
    }
}
