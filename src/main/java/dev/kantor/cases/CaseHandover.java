package dev.kantor.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.kantor.platform.KantorException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a warm handoff does to a case: every step goes on the timeline, and the case changes owner
 * only when the receiver accepts. The routing module decides who may take each step; this class
 * keeps the case's side of it, so it trusts its caller and checks no roles.
 */
@Service
@Transactional
public class CaseHandover {

    /** What a handoff needs to know about a case. */
    public record HandoverCase(long id, String reference, String subject, String topic, Long ownerId,
            String customerName, String customerLanguage, CaseStatus status) {

        public boolean closed() {
            return status == CaseStatus.CLOSED;
        }
    }

    private static final int ATTEMPTS = 3;

    private final Cases cases;
    private final Customers customers;
    private final CaseTimeline timeline;
    private final CustomerContacts contacts;
    private final JdbcClient jdbc;
    private final Clock clock;

    CaseHandover(Cases cases, Customers customers, CaseTimeline timeline, CustomerContacts contacts, JdbcClient jdbc,
            Clock clock) {
        this.cases = cases;
        this.customers = customers;
        this.timeline = timeline;
        this.contacts = contacts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<HandoverCase> find(long caseId) {
        return cases.findById(caseId).map(this::of);
    }

    @Transactional(readOnly = true)
    public Optional<HandoverCase> findByReference(String reference) {
        return reference == null ? Optional.empty() : cases.findByReference(reference.strip().toUpperCase()).map(this::of);
    }

    /** The colleague's offer, for the record: internal, the customer waits with the sender meanwhile. */
    public void offered(long caseId, long from, long to) {
        timeline.add(caseId, clock.instant(), EntryKind.HANDOFF_OFFERED, from, false, null, EntryDetail.employee(to));
    }

    /** The context the sender wrote for the receiver, kept on the case as an internal note. */
    public void contextNote(long caseId, long from, String note) {
        if (note != null && !note.isBlank()) {
            timeline.add(caseId, clock.instant(), EntryKind.NOTE, from, false, note.strip(), null);
        }
    }

    public void declined(long caseId, long by, String reason) {
        timeline.add(caseId, clock.instant(), EntryKind.HANDOFF_DECLINED, by, false, blankToNull(reason),
                EntryDetail.employee(by));
    }

    public void expired(long caseId, long offeredTo) {
        timeline.add(caseId, clock.instant(), EntryKind.HANDOFF_EXPIRED, null, false, null,
                EntryDetail.employee(offeredTo));
    }

    /**
     * The receiver accepted: they own the case now, the customer's portal says who is helping
     * them, and the contact counts as theirs. A concurrent edit of the case by someone else is
     * retried, since an accepted handoff must not be lost to an unrelated change.
     */
    public void accepted(long caseId, long receiver) {
        Instant now = clock.instant();
        for (int attempt = 1; ; attempt++) {
            CustomerCase c = cases.findById(caseId)
                    .orElseThrow(() -> KantorException.notFound("error.case-not-found", caseId));
            if (c.getOwnerId() == null || c.getOwnerId() != receiver) {
                c.assignTo(receiver);
                try {
                    cases.save(c);
                } catch (OptimisticLockingFailureException e) {
                    if (attempt == ATTEMPTS) {
                        throw KantorException.conflict("error.concurrent-change");
                    }
                    continue;
                }
            }
            timeline.add(caseId, now, EntryKind.OWNER, receiver, false, null, EntryDetail.employee(receiver));
            contacts.record(receiver, caseId, c.getChannel(), now);
            return;
        }
    }

    /** Nobody accepted: the case waits, unowned, in its topic's queue. */
    public void queued(long caseId) {
        for (int attempt = 1; ; attempt++) {
            CustomerCase c = cases.findById(caseId).orElseThrow();
            c.unassign();
            try {
                cases.save(c);
                break;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw KantorException.conflict("error.concurrent-change");
                }
            }
        }
        timeline.add(caseId, clock.instant(), EntryKind.HANDOFF_QUEUED, null, false, null, null);
    }

    /** How many open cases each of these employees owns: the lighter load is asked first. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> openCasesOwnedBy(Collection<Long> employeeIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (employeeIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                select owner_id, count(*) from customer_case
                where owner_id = any(:ids) and status not in ('RESOLVED', 'CLOSED') group by owner_id""")
                .param("ids", new SqlArrayValue("bigint", employeeIds.toArray()))
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    private HandoverCase of(CustomerCase c) {
        Customer customer = customers.findById(c.getCustomerId()).orElseThrow();
        return new HandoverCase(c.getId(), c.getReference(), c.getSubject(), c.getTopic(), c.getOwnerId(),
                customer.fullName(), customer.language(), c.getStatus());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
