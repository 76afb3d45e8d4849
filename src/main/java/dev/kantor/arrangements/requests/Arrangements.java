package dev.kantor.arrangements.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.kantor.arrangements.ArrangementDecided;
import dev.kantor.arrangements.ArrangementRequested;
import dev.kantor.arrangements.ArrangementWithdrawn;
import dev.kantor.arrangements.NewArrangement;
import dev.kantor.arrangements.coverage.CoverageCheck;
import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.people.DirectoryEntry;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.security.Role;
import dev.kantor.policies.ArrangementAllowance;
import dev.kantor.policies.ArrangementPolicies;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work arrangements and who may do what with them. An employee files and withdraws their own; the employee's
 * manager (and an admin) approves or declines with a reason; the employee sees their own, a manager their direct
 * reports', HR and admins everyone's; anyone else is told it does not exist. Approval runs the coverage check:
 * when the arrangement would leave a front-office queue short, it needs an override with a reason, recorded and
 * audited. Every change names the version it was made on (409 when someone changed it since).
 */
@Service
@Transactional
public class Arrangements {

    static final String AUDIT_TYPE = "work-arrangement";
    static final int MAX_REASON = 1000;

    /** An arrangement with the name of whose it is and what the reader may do with it. */
    public record View(Arrangement arrangement, String employeeName, Permissions may) {}

    /**
     * What the reader may do with an arrangement.
     *
     * @param change   change it while it waits on the manager (their own)
     * @param askAgain ask for a change of it while it is approved (their own) and no change of it waits already: a
     *                 new request that replaces it once approved
     */
    @Schema(name = "ArrangementPermissions", description = "What the reader may do with the arrangement")
    public record Permissions(boolean withdraw, boolean decide, boolean change, boolean askAgain) {}

    /** Whose arrangements a list shows. */
    public enum Whose {
        MINE,
        REPORTS,
        ALL
    }

    private final ArrangementStore store;
    private final ArrangementPolicies policies;
    private final ArrangementCoverage coverage;
    private final People people;
    private final AuditTrail audit;
    private final BusinessCalendars calendars;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Arrangements(
            ArrangementStore store,
            ArrangementPolicies policies,
            ArrangementCoverage coverage,
            People people,
            AuditTrail audit,
            BusinessCalendars calendars,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.policies = policies;
        this.coverage = coverage;
        this.people = people;
        this.audit = audit;
        this.calendars = calendars;
        this.events = events;
        this.clock = clock;
    }

    /** Today in the business's zone. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), calendars.zone());
    }

    /** Whether anyone ever asked for a work arrangement. */
    @Transactional(readOnly = true)
    public boolean any() {
        return store.any();
    }

    /** What the policy in force allows the signed-in employee today. */
    @Transactional(readOnly = true)
    public ArrangementAllowance allowance(dev.kantor.policies.ArrangementKind kind) {
        long me = CurrentUser.employeeId("arrangements.needs-employee");
        return policies.allowance(me, kind, today());
    }

    /**
     * Files a request as the signed-in employee, as the policy in force on its first day allows.
     *
     * @throws InvalidInput naming each field that breaks a rule ({@code kind} when the policy does not allow it)
     */
    public Arrangement file(NewArrangement request) {
        return file(request, null);
    }

    private Arrangement file(NewArrangement request, Arrangement replacing) {
        long me = CurrentUser.employeeId("arrangements.needs-employee");
        if (request.kind() == null) {
            throw InvalidInput.of("kind", "validation.required");
        }
        // the arrangement it replaces will go once this one is approved: its days do not count against it
        Checked checked = checked(me, request, replacing == null ? Set.of() : Set.of(replacing.id()));
        Instant now = clock.instant();
        long id = store.insert(
                me,
                checked.terms(),
                checked.allowance().policyVersionId().orElse(null),
                checked.allowance().policyTitle().orElse(null),
                now,
                replacing == null ? null : replacing.id());
        Arrangement filed = store.find(id).orElseThrow();
        audit.created(AUDIT_TYPE, id, name(filed), snapshot(filed));
        Long manager = people.employee(me).map(Employee::getManagerId).orElse(null);
        events.publishEvent(new ArrangementRequested(id, me, manager, filed.kind(), now));
        return filed;
    }

    /** A request's terms as the policy in force on its first day allows, and that policy's allowance. */
    private record Checked(ArrangementRules.Terms terms, ArrangementAllowance allowance) {}

    /** @param notCounted arrangements whose telework days do not count towards the week's total */
    private Checked checked(long me, NewArrangement request, Set<Long> notCounted) {
        LocalDate today = today();
        LocalDate on = request.validFrom() != null && request.validFrom().isAfter(today)
                ? request.validFrom()
                : request.dates().stream()
                        .filter(d -> !d.isBefore(today))
                        .min(LocalDate::compareTo)
                        .orElse(today);
        ArrangementAllowance allowance = policies.allowance(me, request.kind(), on);
        ArrangementRules.Terms terms = ArrangementRules.check(request, allowance, today);
        ArrangementRules.checkWeeklyTotal(
                terms,
                store.of(List.of(me), false).stream()
                        .filter(a -> !notCounted.contains(a.id()))
                        .toList(),
                allowance);
        return new Checked(terms, allowance);
    }

    /**
     * The employee changes their own request while it waits on the manager (its days, band, period or note), by
     * the same rules as filing it; the kind stays. 409 when it changed since the version read.
     */
    public Arrangement change(long id, int version, NewArrangement request) {
        Arrangement a = own(id);
        stale(a, version);
        if (a.status() != ArrangementStatus.PENDING) {
            throw KantorException.invalid("arrangements.change.not-pending");
        }
        NewArrangement asked = sameKind(a, request);
        Set<Long> notCounted = new java.util.HashSet<>(Set.of(a.id()));
        if (a.replacesId() != null) {
            notCounted.add(a.replacesId());
        }
        Checked checked = checked(a.employeeId(), asked, notCounted);
        store.change(
                a,
                checked.terms(),
                checked.allowance().policyVersionId().orElse(null),
                checked.allowance().policyTitle().orElse(null));
        Arrangement after = store.find(id).orElseThrow();
        audit.changed(AUDIT_TYPE, id, name(after), AuditAction.UPDATED, snapshot(a), snapshot(after));
        return after;
    }

    /**
     * The employee asks to change an approved arrangement: a new request, decided like any other, which replaces
     * the approved one once approved. Until then the approved one stays in force; one such request at a time.
     */
    public Arrangement askAgain(long id, NewArrangement request) {
        Arrangement a = own(id);
        if (a.status() != ArrangementStatus.APPROVED) {
            throw KantorException.invalid("arrangements.ask-again.not-approved");
        }
        if (store.pendingReplacementOf(id).isPresent()) {
            throw KantorException.conflict("arrangements.ask-again.already-asked");
        }
        return file(sameKind(a, request), a);
    }

    /** The request as one of the arrangement's kind: a change never turns telework into flextime. */
    private static NewArrangement sameKind(Arrangement a, NewArrangement request) {
        if (request == null) {
            throw InvalidInput.of("kind", "validation.required");
        }
        if (request.kind() != null && request.kind() != a.kind()) {
            throw InvalidInput.of("kind", "arrangements.change.same-kind");
        }
        return new NewArrangement(
                a.kind(),
                request.validFrom(),
                request.validUntil(),
                request.earliestStart(),
                request.latestEnd(),
                request.weekdays(),
                request.dates(),
                request.note());
    }

    /** The reader's own arrangement (403 for someone else's they may see, 404 for one they may not). */
    private Arrangement own(long id) {
        Arrangement a = visible(id);
        long me = CurrentUser.employeeId("arrangements.needs-employee");
        if (a.employeeId() != me) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "arrangements.not-yours");
        }
        return a;
    }

    /** The employee takes back their own arrangement, waiting or approved. */
    public Arrangement withdraw(long id, int version) {
        Arrangement a = visible(id);
        long me = CurrentUser.employeeId("arrangements.needs-employee");
        if (a.employeeId() != me) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "arrangements.not-yours");
        }
        stale(a, version);
        if (!a.status().withdrawable()) {
            throw KantorException.invalid("arrangements.not-withdrawable");
        }
        store.withdraw(a);
        audit.noted(AUDIT_TYPE, id, name(a), AuditAction.UPDATED, Map.of("status", "WITHDRAWN"));
        events.publishEvent(new ArrangementWithdrawn(id, a.employeeId(), a.kind(), clock.instant()));
        return store.find(id).orElseThrow();
    }

    /** What approving would do to the published schedule and the requirement, for whoever may see it. */
    @Transactional(readOnly = true)
    public CoverageCheck.Outcome coverage(long id) {
        return coverage.check(visible(id), today(), null);
    }

    /**
     * Approves an arrangement waiting on the reader (the employee's manager, or an admin). When it would leave a
     * front-office queue short, only with {@code overrideReason}, which is recorded and audited.
     *
     * @throws CoverageShortfall when intervals would fall short and no override reason is given
     */
    public Arrangement approve(long id, int version, String reason, String overrideReason) {
        Arrangement a = decidable(id, version);
        new InputCheck()
                .maxLength("reason", reason, MAX_REASON)
                .maxLength("overrideReason", overrideReason, MAX_REASON)
                .throwIfAny();
        CoverageCheck.Outcome outcome = coverage.check(a, today(), overrideReason);
        if (!outcome.allowsApproval()) {
            throw new CoverageShortfall(outcome);
        }
        boolean overridden = outcome.verdict() == CoverageCheck.Verdict.OVERRIDDEN;
        Arrangement approved = decide(
                a,
                ArrangementStatus.APPROVED,
                blankToNull(reason),
                overridden ? overrideReason.strip() : null,
                outcome.shortIntervals().size());
        if (a.replacesId() != null && store.replace(a.replacesId())) {
            // the changed arrangement takes the place of the one it replaces, in the same transaction
            Arrangement old = store.find(a.replacesId()).orElseThrow();
            audit.noted(
                    AUDIT_TYPE,
                    old.id(),
                    name(old),
                    AuditAction.UPDATED,
                    Map.of("status", "REPLACED", "replaced by", "#" + a.id()));
        }
        return approved;
    }

    /** Declines an arrangement waiting on the reader, with a reason the employee reads. */
    public Arrangement decline(long id, int version, String reason) {
        Arrangement a = decidable(id, version);
        new InputCheck().required("reason", reason, MAX_REASON).throwIfAny();
        return decide(a, ArrangementStatus.DECLINED, reason.strip(), null, 0);
    }

    private Arrangement decide(
            Arrangement a, ArrangementStatus status, String reason, String overrideReason, int shortIntervals) {
        long me = CurrentUser.employeeId("arrangements.needs-employee");
        Instant now = clock.instant();
        store.decide(a, status, now, me, reason, overrideReason, shortIntervals);
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("status", status.name());
        if (reason != null) {
            facts.put("reason", reason);
        }
        if (overrideReason != null) {
            facts.put("coverage override", overrideReason);
            facts.put("short intervals", String.valueOf(shortIntervals));
        }
        audit.noted(AUDIT_TYPE, a.id(), name(a), AuditAction.UPDATED, facts);
        events.publishEvent(new ArrangementDecided(
                a.id(),
                a.employeeId(),
                a.kind(),
                status == ArrangementStatus.APPROVED,
                overrideReason != null,
                me,
                now));
        return store.find(a.id()).orElseThrow();
    }

    private Arrangement decidable(long id, int version) {
        Arrangement a = visible(id);
        if (!mayDecide(a, reader())) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "arrangements.not-your-report");
        }
        stale(a, version);
        if (a.status() != ArrangementStatus.PENDING) {
            throw KantorException.invalid("arrangements.not-pending");
        }
        return a;
    }

    private static void stale(Arrangement a, int version) {
        if (a.version() != version) {
            throw KantorException.conflict("error.concurrent-change");
        }
    }

    /** An arrangement with what the reader may do, if they may see it (404 otherwise). */
    @Transactional(readOnly = true)
    public View view(long id) {
        Arrangement a = visible(id);
        Optional<KantorUser> reader = reader();
        boolean own =
                reader.map(KantorUser::employeeId).map(e -> e == a.employeeId()).orElse(false);
        return new View(a, people.nameOf(a.employeeId()).orElse("#" + a.employeeId()), permissions(a, own, reader));
    }

    /**
     * A list of arrangements, newest first: the reader's own, their direct reports' (for anyone, empty without
     * reports), or everyone's (HR and admins; 403 for others).
     */
    @Transactional(readOnly = true)
    public List<View> list(Whose whose, boolean onlyPending) {
        Optional<KantorUser> reader = reader();
        List<Arrangement> found =
                switch (whose) {
                    case MINE -> store.of(List.of(CurrentUser.employeeId("arrangements.needs-employee")), onlyPending);
                    case REPORTS ->
                        store.of(
                                people.directReports(CurrentUser.employeeId("arrangements.needs-employee")).stream()
                                        .map(DirectoryEntry::id)
                                        .toList(),
                                onlyPending);
                    case ALL -> {
                        if (!reader.map(u -> u.role() == Role.HR || u.role() == Role.ADMIN)
                                .orElse(false)) {
                            throw new KantorException(KantorException.Kind.FORBIDDEN, "arrangements.not-hr");
                        }
                        yield store.all(onlyPending);
                    }
                };
        Map<Long, String> names = new java.util.HashMap<>();
        people.employees(found.stream().map(Arrangement::employeeId).distinct().toList())
                .forEach(e -> names.put(e.getId(), e.getFullName()));
        return found.stream()
                .map(a -> {
                    boolean own = reader.map(KantorUser::employeeId)
                            .map(e -> e == a.employeeId())
                            .orElse(false);
                    return new View(
                            a, names.getOrDefault(a.employeeId(), "#" + a.employeeId()), permissions(a, own, reader));
                })
                .toList();
    }

    private Permissions permissions(Arrangement a, boolean own, Optional<KantorUser> reader) {
        return new Permissions(
                own && a.status().withdrawable(),
                a.status() == ArrangementStatus.PENDING && mayDecide(a, reader),
                own && a.status() == ArrangementStatus.PENDING,
                // one change at a time: while one waits, the approved arrangement's page leads to it instead
                own
                        && a.status() == ArrangementStatus.APPROVED
                        && store.pendingReplacementOf(a.id()).isEmpty());
    }

    /**
     * The request waiting to replace this approved arrangement, when its employee asked for a change; for whoever may
     * see the arrangement (404 otherwise).
     */
    @Transactional(readOnly = true)
    public Optional<Arrangement> waitingChange(long id) {
        Arrangement a = visible(id);
        return a.status() == ArrangementStatus.APPROVED ? store.pendingReplacementOf(id) : Optional.empty();
    }

    private Arrangement visible(long id) {
        Arrangement a = store.find(id).orElseThrow(() -> KantorException.notFound("arrangements.not-found"));
        if (!maySee(a, reader())) {
            throw KantorException.notFound("arrangements.not-found");
        }
        return a;
    }

    /** The employee, their manager, HR and admins see an arrangement. */
    private boolean maySee(Arrangement a, Optional<KantorUser> reader) {
        if (reader.isEmpty()) {
            return false;
        }
        KantorUser u = reader.get();
        if (u.role() == Role.HR || u.role() == Role.ADMIN) {
            return true;
        }
        return u.employeeId() != null && (u.employeeId() == a.employeeId() || managerOf(a, u.employeeId()));
    }

    /** The employee's manager decides, and admins; nobody decides their own. */
    private boolean mayDecide(Arrangement a, Optional<KantorUser> reader) {
        if (reader.isEmpty() || reader.get().employeeId() == null) {
            return false;
        }
        KantorUser u = reader.get();
        if (u.employeeId() == a.employeeId()) {
            return false;
        }
        return u.role() == Role.ADMIN || managerOf(a, u.employeeId());
    }

    private boolean managerOf(Arrangement a, long employeeId) {
        return people.employee(a.employeeId())
                .map(Employee::getManagerId)
                .map(m -> m == employeeId)
                .orElse(false);
    }

    private static Optional<KantorUser> reader() {
        return CurrentUser.get();
    }

    private String name(Arrangement a) {
        return people.nameOf(a.employeeId()).orElse("#" + a.employeeId()) + ": " + a.kind() + " #" + a.id();
    }

    private static Map<String, String> snapshot(Arrangement a) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("kind", a.kind().name());
        s.put("from", String.valueOf(a.validFrom()));
        if (a.validUntil() != null) {
            s.put("until", a.validUntil().toString());
        }
        if (!a.weekdays().isEmpty()) {
            s.put("weekdays", new java.util.TreeSet<>(a.weekdays()).toString());
        }
        if (!a.dates().isEmpty()) {
            s.put("dates", a.dates().toString());
        }
        if (a.earliestStart() != null) {
            s.put("band", a.earliestStart() + "-" + a.latestEnd());
        }
        if (a.policyTitle() != null) {
            s.put("policy", a.policyTitle());
        }
        if (a.note() != null) {
            s.put("note", a.note());
        }
        if (a.replacesId() != null) {
            s.put("replaces", "#" + a.replacesId());
        }
        return s;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
