package dev.kantor.cases.work;

import java.time.Clock;
import java.time.Instant;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.customercase.Cases;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.customers.CustomerContacts;
import dev.kantor.cases.customers.Customers;
import dev.kantor.cases.help.StepIns;
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

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What employees do with a case: take or reassign it, write to the customer, add notes, change
 * its status. Every change names the version it was based on, so that of two people changing the
 * same case the second is told instead of overwriting. A manager who works a case whose owner
 * asked them for help has stepped in (see {@link StepIns}).
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
public class CaseWork {

    private final Cases cases;
    private final Customers customers;
    private final CaseTimeline timeline;
    private final CustomerContacts contacts;
    private final CustomerMail mail;
    private final People people;
    private final StepIns stepIns;
    private final Clock clock;

    CaseWork(
            Cases cases,
            Customers customers,
            CaseTimeline timeline,
            CustomerContacts contacts,
            CustomerMail mail,
            People people,
            StepIns stepIns,
            Clock clock) {
        this.cases = cases;
        this.customers = customers;
        this.timeline = timeline;
        this.contacts = contacts;
        this.mail = mail;
        this.people = people;
        this.stepIns = stepIns;
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
        c.assignTo(employee.getId(), me, now);
        stepIns.actedOn(c, me, now);
        CustomerCase saved = cases.save(c);
        timeline.add(caseId, now, EntryKind.OWNER, me, false, null, EntryDetail.employee(employeeId));
        return saved;
    }

    /** Writes to the customer: by e-mail and on the portal; the first reply stops the first-response clock. */
    public CustomerCase reply(long caseId, String text, boolean waitForCustomer, int version) {
        new InputCheck().required("text", text, CaseIntake.MAX_MESSAGE).throwIfAny();
        long me = CurrentUser.employeeId("case.no-employee");
        Instant now = clock.instant();
        CustomerCase c = load(caseId, version);
        c.repliedToCustomer(me, now, waitForCustomer);
        stepIns.actedOn(c, me, now);
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
        stepIns.actedOn(c, me, now);
        CustomerCase saved = cases.save(c);
        timeline.add(caseId, now, EntryKind.STATUS, me, false, null, EntryDetail.of(status));
        if (status == CaseStatus.RESOLVED) {
            mail.resolved(customers.findById(c.getCustomerId()).orElseThrow(), saved);
        }
        return saved;
    }

    private CustomerCase load(long caseId, int version) {
        CustomerCase c =
                cases.findById(caseId).orElseThrow(() -> KantorException.notFound("error.case-not-found", caseId));
        c.checkVersion(version);
        return c;
    }
}
