package dev.kantor.cases.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.CustomerMessageReceived;
import dev.kantor.cases.NewCase;
import dev.kantor.cases.attachments.Attachment;
import dev.kantor.cases.attachments.CaseAttachments;
import dev.kantor.cases.attachments.CheckedFile;
import dev.kantor.cases.customercase.Cases;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.customers.Customer;
import dev.kantor.cases.customers.Customers;
import dev.kantor.cases.intake.CaseIntake;
import dev.kantor.cases.timeline.CaseTimeline;
import dev.kantor.cases.timeline.EntryDetail;
import dev.kantor.cases.timeline.EntryKind;
import dev.kantor.cases.timeline.TimelineEntry;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What customers do through their private link, with no account: follow the case, reply, and
 * rate the service once it is resolved. An unknown link answers exactly like a wrong one. Staff
 * see the same view read-only ({@link #preview}); only the customer writes through the link.
 */
@Service
@Transactional
public class CustomerPortal {

    /**
     * A case as its customer sees it, and nothing more: the public part of the timeline, and the
     * subject only when the customer wrote it themselves. The portal page is built from this
     * alone, so staff text that is not in it cannot show there.
     *
     * @param customersOwnSubject null when an employee typed the subject (see {@link CustomerTitles})
     * @param language            the customer's language, which their e-mails are written in
     * @param files               the files on the public entries, by entry
     */
    public record CustomerView(
            String reference,
            String customersOwnSubject,
            CaseType type,
            String topic,
            CaseStatus status,
            Instant openedAt,
            Integer rating,
            String ratingComment,
            String language,
            List<TimelineEntry> timeline,
            Map<Long, List<Attachment>> files) {

        /** Resolved or closed. */
        public boolean done() {
            return status.done();
        }
    }

    private final Cases cases;
    private final Customers customers;
    private final CaseTimeline timeline;
    private final CaseAttachments attachments;
    private final ApplicationEventPublisher events;
    private final CaseIntake intake;
    private final Clock clock;

    CustomerPortal(
            Cases cases,
            Customers customers,
            CaseTimeline timeline,
            CaseAttachments attachments,
            ApplicationEventPublisher events,
            CaseIntake intake,
            Clock clock) {
        this.intake = intake;
        this.cases = cases;
        this.customers = customers;
        this.timeline = timeline;
        this.attachments = attachments;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens the case a customer wrote in, with the files they sent ({@link CaseAttachments#check
     * checked} before), kept with their message: the case and its files are written together or not at all.
     */
    public CustomerCase open(NewCase input, List<CheckedFile> files) {
        var opened = intake.open(input, null);
        long caseId = opened.customerCase().getId();
        opened.timeline().stream()
                .filter(e -> e.kind() == EntryKind.CUSTOMER_MESSAGE)
                .findFirst()
                .ifPresent(message -> attachments.keep(caseId, message.id(), files));
        return opened.customerCase();
    }

    @Transactional(readOnly = true)
    public Optional<CustomerView> view(String token) {
        return byToken(token).map(this::viewOf);
    }

    /** What the customer of a case sees, for staff to look at without speaking for the customer. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
    public Optional<CustomerView> preview(long caseId) {
        return cases.findById(caseId).map(this::viewOf);
    }

    public void reply(String token, String text) {
        reply(token, text, List.of());
    }

    /** A reply with files ({@link CaseAttachments#check checked} before), which the customer and staff then see with it. */
    public void reply(String token, String text, List<CheckedFile> files) {
        refuseStaff();
        new InputCheck().required("text", text, CaseIntake.MAX_MESSAGE).throwIfAny();
        CustomerCase c = byToken(token).orElseThrow(CustomerPortal::unknown);
        Instant now = clock.instant();
        // a message only appends: the case is saved (and its version moves on) only when its status changes,
        // so that an agent's change based on the case as it was is not refused for a message alone
        boolean reopened = c.customerReplied(now);
        if (reopened) {
            cases.save(c);
        }
        long entryId = timeline.add(c.getId(), now, EntryKind.CUSTOMER_MESSAGE, null, true, text.strip(), null);
        attachments.keep(c.getId(), entryId, files);
        if (reopened) {
            timeline.add(c.getId(), now, EntryKind.STATUS, null, true, null, EntryDetail.of(c.getStatus()));
        }
        events.publishEvent(new CustomerMessageReceived(c.getId(), c.getReference(), c.getOwnerId(), now));
    }

    public void rate(String token, Integer stars, String comment) {
        refuseStaff();
        new InputCheck()
                .required("rating", stars)
                .maxLength("comment", comment, 2000)
                .throwIfAny();
        CustomerCase c = byToken(token).orElseThrow(CustomerPortal::unknown);
        c.rate(stars, comment, clock.instant());
        cases.save(c);
        timeline.add(
                c.getId(),
                clock.instant(),
                EntryKind.RATED,
                null,
                true,
                c.getRatingComment(),
                EntryDetail.stars(stars));
    }

    /**
     * Whoever writes through a private link is recorded as the customer: a signed-in employee
     * who opened the link is not the customer, and must not speak for them.
     */
    private static void refuseStaff() {
        if (CurrentUser.get().isPresent()) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "portal.staff-cannot-write");
        }
    }

    private CustomerView viewOf(CustomerCase c) {
        Customer customer = customers.findById(c.getCustomerId()).orElseThrow();
        return new CustomerView(
                c.getReference(),
                c.customersOwnSubject().orElse(null),
                c.getCaseType(),
                c.getTopic(),
                c.getStatus(),
                c.getOpenedAt(),
                c.getRating(),
                c.getRatingComment(),
                customer.language(),
                timeline.of(c.getId(), true),
                attachments.byEntryForCustomer(c.getId()));
    }

    /**
     * A file the customer may read through their private link: one on a public entry of that
     * case. The same answer for a wrong link, another case's file and an internal one.
     */
    @Transactional(readOnly = true)
    public Optional<Attachment> file(String token, long attachmentId) {
        return byToken(token).flatMap(c -> attachments.find(c.getId(), attachmentId, true));
    }

    private Optional<CustomerCase> byToken(String token) {
        if (token == null || token.length() < 20 || token.length() > 64) {
            return Optional.empty();
        }
        return cases.findByAccessToken(token);
    }

    private static KantorException unknown() {
        return KantorException.notFound("portal.unknown-link");
    }
}
