package dev.kantor.cases.work;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.customercase.Cases;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.work.BulkChange.CaseVersion;
import dev.kantor.cases.work.BulkResult.Refusal;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Changes many cases at once from the queue: each case goes through the same {@link CaseWork}
 * method as a change of that case alone, in a transaction of its own, so that it obeys the same
 * rules (the version it was read at, closed cases, who may hand on whose case) and is changed
 * wholly or not at all; a refused case leaves the others changed. Deliberately not transactional
 * itself: one transaction around all would undo every case for one refusal.
 */
@Service
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
public class BulkCaseWork {

    /** The most cases one bulk change takes: two pages of the queue. */
    public static final int MAX_CASES = 100;

    private final CaseWork work;
    private final Cases cases;
    private final People people;

    BulkCaseWork(CaseWork work, Cases cases, People people) {
        this.work = work;
        this.cases = cases;
        this.people = people;
    }

    /**
     * Applies the change to each case listed, in order. Refused as a whole, naming the field, when
     * the request itself is wrong: {@code action}, {@code cases} (none, more than
     * {@value #MAX_CASES}, one without an id or version, one listed twice), {@code assigneeId} (not an
     * active employee), {@code status} (not one chosen by hand); and for an account that is nobody's.
     *
     * @return each case's outcome, in the order listed
     */
    public List<BulkResult> apply(BulkChange change) {
        check(change);
        CurrentUser.employeeId("case.no-employee");
        List<BulkResult> results = new ArrayList<>();
        for (CaseVersion item : change.cases()) {
            results.add(applyTo(change, item.id(), item.version()));
        }
        return withReferences(results);
    }

    private BulkResult applyTo(BulkChange change, long caseId, int version) {
        try {
            CustomerCase changed =
                    switch (change.action()) {
                        case ASSIGN -> work.assign(caseId, change.assigneeId(), version);
                        case TAKE -> work.take(caseId, version);
                        case UNASSIGN -> work.unassign(caseId, version);
                        case CHANGE_STATUS -> work.changeStatus(caseId, change.status(), version);
                    };
            return new BulkResult(caseId, changed.getReference(), changed.getVersion(), null);
        } catch (KantorException e) {
            return new BulkResult(caseId, null, null, Refusal.of(e));
        } catch (OptimisticLockingFailureException e) {
            // saved by someone else between reading and writing the case
            return new BulkResult(caseId, null, null, Refusal.concurrentChange());
        }
    }

    /** The references of the refused cases, read at once, so that each refusal says which case it is about. */
    private List<BulkResult> withReferences(List<BulkResult> results) {
        List<Long> refused = results.stream()
                .filter(r -> r.reference() == null)
                .map(BulkResult::caseId)
                .toList();
        if (refused.isEmpty()) {
            return results;
        }
        Map<Long, String> references = new HashMap<>();
        cases.findAllById(refused).forEach(c -> references.put(c.getId(), c.getReference()));
        return results.stream()
                .map(r -> r.reference() == null ? r.withReference(references.get(r.caseId())) : r)
                .toList();
    }

    private void check(BulkChange change) {
        InputCheck check = new InputCheck().required("action", change.action());
        List<CaseVersion> listed = change.cases();
        if (listed == null || listed.isEmpty()) {
            check.add("cases", "validation.required");
        } else if (listed.size() > MAX_CASES) {
            check.add("cases", "queue.bulk.too-many", MAX_CASES);
        } else {
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < listed.size(); i++) {
                CaseVersion item = listed.get(i);
                String field = "cases[" + i + "]";
                if (item == null) {
                    check.add(field, "validation.required");
                    continue;
                }
                check.required(field + ".id", item.id()).required(field + ".version", item.version());
                check.that(item.id() == null || seen.add(item.id()), field + ".id", "queue.bulk.twice");
            }
        }
        if (change.action() == BulkAction.ASSIGN) {
            check.required("assigneeId", change.assigneeId());
            check.that(
                    change.assigneeId() == null
                            || people.employee(change.assigneeId())
                                    .filter(Employee::isActive)
                                    .isPresent(),
                    "assigneeId",
                    "validation.unknown-manager");
        }
        if (change.action() == BulkAction.CHANGE_STATUS) {
            check.required("status", change.status());
            check.that(
                    change.status() == null || CaseStatus.CHOSEN_BY_HAND.contains(change.status()),
                    "status",
                    "case.status-not-allowed");
        }
        check.throwIfAny();
    }
}
