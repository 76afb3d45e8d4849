package dev.kantor.cases.work;

import java.time.Clock;
import java.time.Instant;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.customercase.Cases;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.customers.CustomerContacts;
import dev.kantor.cases.customers.Customers;
import dev.kantor.cases.intake.CaseIntake;
import dev.kantor.cases.mail.CustomerMail;
import dev.kantor.cases.timeline.CaseTimeline;
import dev.kantor.cases.timeline.EntryDetail;
import dev.kantor.cases.timeline.EntryKind;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.Role;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What employees do with a case: take, reassign or release it, write to the customer, add notes,
 * change its status, ask their manager for help. Every change names the version it was based on, so
 * that of two people changing the same case the second is told instead of overwriting.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
public class CaseWork {

    /** The longest reason for asking the manager to step in (the form allows as much). */
    public static final int MAX_HELP_REASON = 500;

    private final Cases cases;
    private final Customers customers;
    private final CaseTimeline timeline;
    private final CustomerContacts contacts;
    private final CustomerMail mail;
    private final People people;
    private final Clock clock;

    CaseWork(
            Cases cases,
            Customers customers,
            CaseTimeline timeline,
            CustomerContacts contacts,
            CustomerMail mail,
            People people,
            Clock clock) {
        this.cases = cases;
        this.customers = customers;
        this.timeline = timeline;
        this.contacts = contacts;
        this.mail = mail;
        this.people = people;
        this.clock = clock;
    }

    public CustomerCase take(long caseId, int version) {
        return assign(caseId, CurrentUser.employeeId("case.no-employee"), version);
    }

    public CustomerCase assign(long caseId, long employeeId, int version) {
        Employee employee = people.employee(employeeId)
                .filter(Employee::isActive)
                .orElseThrow(() -> InvalidInput.of("ownerId", "validation.unknown-manager"));
        long me = CurrentUser.employeeId("case.no-employee");
        Instant now = clock.instant();
        CustomerCase c = load(caseId, version);
        c.handTo(employee.getId(), me, sharesOutWork(), now);
        CustomerCase saved = cases.save(c);
        timeline.add(caseId, now, EntryKind.OWNER, me, false, null, EntryDetail.employee(employeeId));
        return saved;
    }

    /**
     * Puts a case back in the queue with nobody owning it: one's own case, or any case for those
     * who share out the work (managers, admins).
     */
    public CustomerCase unassign(long caseId, int version) {
        long me = CurrentUser.employeeId("case.no-employee");
        Instant now = clock.instant();
        CustomerCase c = load(caseId, version);
        c.release(me, sharesOutWork(), now);
        CustomerCase saved = cases.save(c);
        timeline.add(caseId, now, EntryKind.UNASSIGNED, me, false, null, null);
        return saved;
    }

    /** Writes to the customer: by e-mail and on the portal; the first reply stops the first-response clock. */
    public CustomerCase reply(long caseId, String text, boolean waitForCustomer, int version) {
        new InputCheck().required("text", text, CaseIntake.MAX_MESSAGE).throwIfAny();
        long me = CurrentUser.employeeId("case.no-employee");
        Instant now = clock.instant();
        CustomerCase c = load(caseId, version);
        c.repliedToCustomer(me, now, waitForCustomer);
        CustomerCase saved = cases.save(c);
        timeline.add(caseId, now, EntryKind.REPLY, me, false, text.strip(), null);
        if (waitForCustomer) {
            timeline.add(
                    caseId, now, EntryKind.STATUS, me, false, null, EntryDetail.of(CaseStatus.WAITING_ON_CUSTOMER));
        }
        contacts.record(me, caseId, c.getChannel(), now);
        mail.reply(customers.findById(c.getCustomerId()).orElseThrow(), saved, text.strip());
        return saved;
    }

    public void note(long caseId, String text) {
        new InputCheck().required("text", text, CaseIntake.MAX_MESSAGE).throwIfAny();
        cases.findById(caseId).orElseThrow(() -> KantorException.notFound("error.case-not-found", caseId));
        timeline.add(
                caseId,
                clock.instant(),
                EntryKind.NOTE,
                CurrentUser.employeeId("case.no-employee"),
                false,
                text.strip(),
                null);
    }

    public CustomerCase changeStatus(long caseId, CaseStatus status, int version) {
        new InputCheck().required("status", status).throwIfAny();
        long me = CurrentUser.employeeId("case.no-employee");
        Instant now = clock.instant();
        CustomerCase c = load(caseId, version);
        c.changeStatus(status, me, now);
        CustomerCase saved = cases.save(c);
        timeline.add(caseId, now, EntryKind.STATUS, me, false, null, EntryDetail.of(status));
        if (status == CaseStatus.RESOLVED) {
            mail.resolved(customers.findById(c.getCustomerId()).orElseThrow(), saved);
        }
        return saved;
    }

    /** The owner asks their manager to step in; the case shows on the manager's complaints board. */
    public CustomerCase askForHelp(long caseId, String why, int version) {
        new InputCheck().maxLength("why", why, MAX_HELP_REASON).throwIfAny();
        long me = CurrentUser.employeeId("case.no-employee");
        Instant now = clock.instant();
        CustomerCase c = load(caseId, version);
        c.askForHelp(me, now);
        CustomerCase saved = cases.save(c);
        timeline.add(caseId, now, EntryKind.HELP_REQUESTED, me, false, why == null ? null : why.strip(), null);
        return saved;
    }

    /** Managers and admins share out the team's work: they hand on and release anyone's cases. */
    private static boolean sharesOutWork() {
        return CurrentUser.get()
                .map(user -> user.role() == Role.MANAGER || user.role() == Role.ADMIN)
                .orElse(false);
    }

    private CustomerCase load(long caseId, int version) {
        CustomerCase c =
                cases.findById(caseId).orElseThrow(() -> KantorException.notFound("error.case-not-found", caseId));
        c.checkVersion(version);
        return c;
    }
}
