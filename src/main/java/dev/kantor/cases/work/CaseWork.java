package dev.kantor.cases.work;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;
import dev.kantor.cases.attachments.Attachment;
import dev.kantor.cases.attachments.CaseAttachments;
import dev.kantor.cases.attachments.CheckedFile;
import dev.kantor.cases.customercase.CaseField;
import dev.kantor.cases.customercase.Cases;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.customercase.FieldChanges;
import dev.kantor.cases.customers.Customer;
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
import dev.kantor.platform.security.Role;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What employees do with a case: take, reassign or release it, write to the customer, add notes, change
 * its status or priority, ask their manager for help. Messages only append: a reply or a note goes
 * through whatever else happened to the case meanwhile. A change of a field (status, owner,
 * priority) names the version of the case it was based on, and is refused only when someone else
 * changed the same field since ({@link dev.kantor.cases.customercase.CaseChangedMeanwhile}, which
 * says who changed what), so that of two people changing the same thing the second is told
 * instead of overwriting.
 * A manager who works a case whose owner asked them for help has stepped in (see {@link StepIns}).
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
public class CaseWork {

    /**
     * A reply as the employee wrote it.
     *
     * @param then       the status the case should have after it, or null to leave it (a case that
     *                   was new becomes open); {@code WAITING_ON_CUSTOMER} stops the clocks until the
     *                   customer answers
     * @param byPhone    the employee told the customer this by phone: it is noted as a call, internal,
     *                   and e-mailed to nobody
     * @param newAddress an e-mail address for a customer who has none: it is added to the customer
     *                   and the reply is mailed there
     */
    public record Reply(String text, CaseStatus then, boolean byPhone, String newAddress) {

        public static Reply of(String text) {
            return new Reply(text, null, false, null);
        }
    }

    /** How a reply reached the customer: what the page and the API may say happened, and no more. */
    public enum Delivery {
        /** Queued for the customer's e-mail address (and on their private link). */
        EMAILED,
        /** Recorded on the case, which the customer reads behind their private link; not e-mailed. */
        NOT_SENT_NO_ADDRESS,
        /** Noted as a call with the customer; nothing was e-mailed. */
        NOTED_AS_CALL
    }

    /**
     * A reply written and what became of it.
     *
     * @param address the address it was mailed to; null unless {@link Delivery#EMAILED}
     * @param addressAdded whether that address was added to the customer with this reply
     * @param files the files kept with it
     */
    public record Replied(
            CustomerCase customerCase,
            Delivery delivery,
            String address,
            boolean addressAdded,
            List<Attachment> files) {}

    private final Cases cases;
    private final Customers customers;
    private final CaseTimeline timeline;
    private final CustomerContacts contacts;
    private final CustomerMail mail;
    private final FieldChanges changes;
    private final People people;
    private final CaseAttachments attachments;
    private final StepIns stepIns;
    private final Clock clock;

    CaseWork(
            Cases cases,
            Customers customers,
            CaseTimeline timeline,
            CustomerContacts contacts,
            CustomerMail mail,
            FieldChanges changes,
            People people,
            CaseAttachments attachments,
            StepIns stepIns,
            Clock clock) {
        this.cases = cases;
        this.customers = customers;
        this.timeline = timeline;
        this.contacts = contacts;
        this.mail = mail;
        this.changes = changes;
        this.people = people;
        this.attachments = attachments;
        this.stepIns = stepIns;
        this.clock = clock;
    }

    public CustomerCase take(long caseId, int version) {
        return assign(caseId, CurrentUser.employeeId("case.no-employee"), version);
    }

    /** Refused when someone else changed the owner since {@code version}; other changes do not matter. */
    public CustomerCase assign(long caseId, long employeeId, int version) {
        Employee employee = people.employee(employeeId)
                .filter(Employee::isActive)
                .orElseThrow(() -> InvalidInput.of("ownerId", "validation.unknown-manager"));
        long me = CurrentUser.employeeId("case.no-employee");
        Instant now = clock.instant();
        CustomerCase c = unchangedSince(caseId, version, CaseField.OWNER);
        c.handTo(employee.getId(), me, sharesOutWork(), now);
        stepIns.actedOn(c, me, now);
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
        CustomerCase c = unchangedSince(caseId, version, CaseField.OWNER);
        c.release(me, sharesOutWork(), now);
        stepIns.actedOn(c, me, now);
        CustomerCase saved = cases.save(c);
        timeline.add(caseId, now, EntryKind.UNASSIGNED, me, false, null, null);
        return saved;
    }

    /**
     * Writes to the customer: by e-mail and on the portal; the first reply stops the first-response
     * clock. Kept for callers that only reply or wait for the customer; see {@link #reply(long, Reply, Integer)}.
     */
    public CustomerCase reply(long caseId, String text, boolean waitForCustomer, int version) {
        return reply(
                        caseId,
                        new Reply(text, waitForCustomer ? CaseStatus.WAITING_ON_CUSTOMER : null, false, null),
                        version)
                .customerCase();
    }

    /**
     * Writes to the customer, by e-mail when they have an address, and on their private link; the
     * first reply stops the first-response clock. The message itself never conflicts with anything
     * that happened meanwhile (a colleague's reply, the customer writing again); only a status asked
     * for with it is refused when someone else changed the status since {@code version}, and then
     * nothing is written.
     *
     * @param version the case version the status was chosen on; needed only with {@link Reply#then()}
     */
    public Replied reply(long caseId, Reply reply, Integer version) {
        return reply(caseId, reply, version, List.of());
    }

    /**
     * A reply with files ({@link CaseAttachments#check checked} before): they go with the reply's
     * entry, so the customer reads them behind their private link; with a call noted instead they
     * stay internal, like the note of the call.
     */
    public Replied reply(long caseId, Reply reply, Integer version, List<CheckedFile> files) {
        boolean newAddress = reply.newAddress() != null && !reply.newAddress().isBlank();
        new InputCheck()
                .required("text", reply.text(), CaseIntake.MAX_MESSAGE)
                .that(reply.then() == null || version != null, "version", "validation.required")
                .that(!(newAddress && reply.byPhone()), "email", "case.reply.phone-or-address")
                .email("email", newAddress ? reply.newAddress().strip() : null)
                .maxLength("email", newAddress ? reply.newAddress().strip() : null, 160)
                .throwIfAny();
        long me = CurrentUser.employeeId("case.no-employee");
        Instant now = clock.instant();
        CustomerCase c = reply.then() == null ? load(caseId) : unchangedSince(caseId, version, CaseField.STATUS);
        Customer customer = customers.findById(c.getCustomerId()).orElseThrow();
        if (newAddress) {
            // stored as intake stores addresses, so that the customer is found by it next time
            customer = withAddress(customer, reply.newAddress().strip().toLowerCase(Locale.ROOT));
        }
        String text = reply.text().strip();
        CaseStatus before = c.getStatus();
        boolean changed = c.repliedToCustomer(me, now, reply.then() == CaseStatus.WAITING_ON_CUSTOMER);
        changed |= stepIns.actedOn(c, me, now);
        boolean nowWaiting =
                before != CaseStatus.WAITING_ON_CUSTOMER && c.getStatus() == CaseStatus.WAITING_ON_CUSTOMER;
        boolean otherStatus =
                reply.then() != null && reply.then() != CaseStatus.WAITING_ON_CUSTOMER && reply.then() != c.getStatus();
        if (otherStatus) {
            c.changeStatus(reply.then(), me, now);
        }
        CustomerCase saved = changed || otherStatus ? cases.save(c) : c;
        Delivery delivery;
        long entryId;
        if (reply.byPhone()) {
            entryId = timeline.add(caseId, now, EntryKind.CALL, me, false, text, null);
            contacts.record(me, caseId, Channel.PHONE, now);
            delivery = Delivery.NOTED_AS_CALL;
        } else {
            boolean reaches = CustomerMail.reaches(customer);
            entryId = timeline.add(
                    caseId,
                    now,
                    EntryKind.REPLY,
                    me,
                    false,
                    text,
                    EntryDetail.of(reaches ? Channel.EMAIL : Channel.WEB));
            contacts.record(me, caseId, c.getChannel(), now);
            delivery = mail.reply(customer, saved, text) ? Delivery.EMAILED : Delivery.NOT_SENT_NO_ADDRESS;
        }
        List<Attachment> kept = attachments.keep(caseId, entryId, files);
        if (nowWaiting) {
            timeline.add(
                    caseId, now, EntryKind.STATUS, me, false, null, EntryDetail.of(CaseStatus.WAITING_ON_CUSTOMER));
        }
        if (otherStatus) {
            timeline.add(caseId, now, EntryKind.STATUS, me, false, null, EntryDetail.of(reply.then()));
            if (reply.then() == CaseStatus.RESOLVED) {
                mail.resolved(customer, saved);
            }
        }
        return new Replied(saved, delivery, delivery == Delivery.EMAILED ? customer.email() : null, newAddress, kept);
    }

    public void note(long caseId, String text) {
        note(caseId, text, List.of());
    }

    /** An internal note with files ({@link CaseAttachments#check checked} before), which stay internal with it. */
    public List<Attachment> note(long caseId, String text, List<CheckedFile> files) {
        new InputCheck().required("text", text, CaseIntake.MAX_MESSAGE).throwIfAny();
        load(caseId);
        long entryId = timeline.add(
                caseId,
                clock.instant(),
                EntryKind.NOTE,
                CurrentUser.employeeId("case.no-employee"),
                false,
                text.strip(),
                null);
        return attachments.keep(caseId, entryId, files);
    }

    /** Refused when someone else changed the status since {@code version}; other changes do not matter. */
    public CustomerCase changeStatus(long caseId, CaseStatus status, int version) {
        new InputCheck().required("status", status).throwIfAny();
        long me = CurrentUser.employeeId("case.no-employee");
        Instant now = clock.instant();
        CustomerCase c = unchangedSince(caseId, version, CaseField.STATUS);
        c.changeStatus(status, me, now);
        stepIns.actedOn(c, me, now);
        CustomerCase saved = cases.save(c);
        timeline.add(caseId, now, EntryKind.STATUS, me, false, null, EntryDetail.of(status));
        if (status == CaseStatus.RESOLVED) {
            mail.resolved(customers.findById(c.getCustomerId()).orElseThrow(), saved);
        }
        return saved;
    }

    /** Refused when someone else changed the priority since {@code version}; other changes do not matter. */
    public CustomerCase changePriority(long caseId, Priority priority, int version) {
        new InputCheck().required("priority", priority).throwIfAny();
        long me = CurrentUser.employeeId("case.no-employee");
        Instant now = clock.instant();
        CustomerCase c = unchangedSince(caseId, version, CaseField.PRIORITY);
        c.changePriority(priority, me, now);
        CustomerCase saved = cases.save(c);
        timeline.add(caseId, now, EntryKind.PRIORITY, me, false, null, EntryDetail.of(priority));
        return saved;
    }

    /** An address for a customer who has none; one who has an address keeps it (changing it is not a reply's job). */
    private Customer withAddress(Customer customer, String address) {
        if (CustomerMail.reaches(customer)) {
            if (customer.email().equalsIgnoreCase(address)) {
                return customer;
            }
            throw InvalidInput.of("email", "case.reply.customer-has-address", customer.email());
        }
        return customers.save(new Customer(
                customer.id(),
                customer.fullName(),
                address,
                customer.phone(),
                customer.language(),
                customer.createdAt(),
                customer.version()));
    }

    /** Managers and admins share out the team's work: they hand on and release anyone's cases. */
    private static boolean sharesOutWork() {
        return CurrentUser.get()
                .map(user -> user.role() == Role.MANAGER || user.role() == Role.ADMIN)
                .orElse(false);
    }

    private CustomerCase load(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> KantorException.notFound("error.case-not-found", caseId));
    }

    private CustomerCase unchangedSince(long caseId, int version, CaseField field) {
        CustomerCase c = load(caseId);
        changes.requireUnchanged(c, version, field);
        return c;
    }
}
