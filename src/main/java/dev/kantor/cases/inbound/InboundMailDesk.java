package dev.kantor.cases.inbound;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.kantor.cases.CustomerMessageReceived;
import dev.kantor.cases.InboundMail;
import dev.kantor.cases.NewCase;
import dev.kantor.cases.attachments.AttachmentLimits;
import dev.kantor.cases.attachments.AttachmentRefused;
import dev.kantor.cases.attachments.CaseAttachments;
import dev.kantor.cases.attachments.CheckedFile;
import dev.kantor.cases.customercase.Cases;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.customers.Customers;
import dev.kantor.cases.intake.CaseIntake;
import dev.kantor.cases.timeline.CaseTimeline;
import dev.kantor.cases.timeline.EntryDetail;
import dev.kantor.cases.timeline.EntryKind;
import dev.kantor.platform.KantorException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case desk's side of mail customers write: a new mail opens a case as the portal's form does,
 * a reply is written on its case as a portal reply is (reopening it when it waits on the customer
 * or is resolved), and the files pass the same checks; a file that fails them is left out, named,
 * rather than losing the customer's mail.
 */
@Service
@Transactional
class InboundMailDesk implements InboundMail {

    private final JdbcClient jdbc;
    private final CaseIntake intake;
    private final Cases cases;
    private final Customers customers;
    private final CaseTimeline timeline;
    private final CaseAttachments attachments;
    private final AttachmentLimits limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MailHtmlBodies htmlBodies;

    InboundMailDesk(
            JdbcClient jdbc,
            CaseIntake intake,
            Cases cases,
            Customers customers,
            CaseTimeline timeline,
            CaseAttachments attachments,
            AttachmentLimits limits,
            ApplicationEventPublisher events,
            Clock clock,
            MailHtmlBodies htmlBodies) {
        this.htmlBodies = htmlBodies;
        this.jdbc = jdbc;
        this.intake = intake;
        this.cases = cases;
        this.customers = customers;
        this.timeline = timeline;
        this.attachments = attachments;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MailCase> byReference(String reference) {
        return cases.findByReference(reference).map(this::mailCase);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MailCase> bySentMessageId(Collection<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Optional.empty();
        }
        // the latest mail answered: a customer may reply to an older one of a case later reopened
        return jdbc.sql("select case_id from outbox_mail where message_id in (:ids) and case_id is not null"
                        + " order by id desc limit 1")
                .param("ids", List.copyOf(messageIds))
                .query(Long.class)
                .optional()
                .flatMap(cases::findById)
                .map(this::mailCase);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isOwnMessageId(String messageId) {
        if (messageId == null || messageId.isBlank()) {
            return false;
        }
        return jdbc.sql("select count(*) from outbox_mail where message_id = ?")
                                .param(messageId)
                                .query(Long.class)
                                .single()
                        > 0
                || jdbc.sql("select count(*) from staff_mail where message_id = ?")
                                .param(messageId)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    @Override
    public Delivered open(NewCase input, List<MailFile> files, String html) {
        List<String> leftOut = new ArrayList<>();
        List<CheckedFile> kept = checked(files, leftOut);
        var opened = intake.open(input, null);
        long caseId = opened.customerCase().getId();
        opened.timeline().stream()
                .filter(e -> e.kind() == EntryKind.CUSTOMER_MESSAGE)
                .findFirst()
                .ifPresent(message -> {
                    attachments.keep(caseId, message.id(), kept);
                    htmlBodies.keep(message.id(), html);
                });
        return new Delivered(caseId, opened.customerCase().getReference(), true, false, leftOut);
    }

    @Override
    public Delivered addCustomerMessage(long caseId, String text, List<MailFile> files, String html) {
        CustomerCase c =
                cases.findById(caseId).orElseThrow(() -> KantorException.notFound("error.case-not-found", caseId));
        List<String> leftOut = new ArrayList<>();
        List<CheckedFile> kept = checked(files, leftOut);
        Instant now = clock.instant();
        // as a portal reply: the case is saved only when its status changes
        boolean reopened = c.customerReplied(now);
        if (reopened) {
            cases.save(c);
        }
        long entryId = timeline.add(c.getId(), now, EntryKind.CUSTOMER_MESSAGE, null, true, text.strip(), null);
        attachments.keep(c.getId(), entryId, kept);
        htmlBodies.keep(entryId, html);
        if (reopened) {
            timeline.add(c.getId(), now, EntryKind.STATUS, null, true, null, EntryDetail.of(c.getStatus()));
        }
        events.publishEvent(new CustomerMessageReceived(c.getId(), c.getReference(), c.getOwnerId(), now));
        return new Delivered(c.getId(), c.getReference(), false, reopened, leftOut);
    }

    /** The files that pass the case desk's checks, up to its limit; the names of the others in {@code leftOut}. */
    private List<CheckedFile> checked(List<MailFile> files, List<String> leftOut) {
        List<CheckedFile> kept = new ArrayList<>();
        for (MailFile file : files) {
            if (kept.size() >= limits.maxFiles()) {
                leftOut.add(file.fileName());
                continue;
            }
            try {
                kept.addAll(attachments.check(List.of(new MailAttachment(file.fileName(), file.content()))));
            } catch (AttachmentRefused refused) {
                leftOut.add(file.fileName());
            }
        }
        return kept;
    }

    private MailCase mailCase(CustomerCase c) {
        String email = customers
                .findById(c.getCustomerId())
                .map(customer -> customer.email())
                .orElse(null);
        return new MailCase(c.getId(), c.getReference(), c.getStatus(), c.getResolvedAt(), email);
    }
}
