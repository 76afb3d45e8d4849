package dev.kantor.cases.chats;

import java.time.Instant;
import java.util.Locale;

import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.ChatCases;
import dev.kantor.cases.NewCase;
import dev.kantor.cases.customercase.Cases;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.customers.Customer;
import dev.kantor.cases.customers.CustomerContacts;
import dev.kantor.cases.customers.Customers;
import dev.kantor.cases.intake.CaseIntake;
import dev.kantor.cases.mail.CustomerMail;
import dev.kantor.cases.timeline.CaseTimeline;
import dev.kantor.cases.timeline.EntryDetail;
import dev.kantor.cases.timeline.EntryKind;
import dev.kantor.cases.work.CaseQueries.CaseDetail;
import dev.kantor.platform.KantorException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chat's case: opened through the same intake as every contact (its rules, its numbering, its
 * {@code CaseOpened}), taken by the agent with the contact counted as theirs, its transcript written
 * once.
 */
@Component
@Transactional
class CasesForChats implements ChatCases {

    /** The timeline keeps this much of a transcript; the whole stays with the chat. */
    static final int TRANSCRIPT_ON_TIMELINE = 4000;

    private static final int SUBJECT = 120;

    private final CaseIntake intake;
    private final Cases cases;
    private final CaseTimeline timeline;
    private final CustomerContacts contacts;
    private final CustomerMail mail;
    private final Customers customers;

    CasesForChats(
            CaseIntake intake,
            Cases cases,
            CaseTimeline timeline,
            CustomerContacts contacts,
            CustomerMail mail,
            Customers customers) {
        this.customers = customers;
        this.intake = intake;
        this.cases = cases;
        this.timeline = timeline;
        this.contacts = contacts;
        this.mail = mail;
    }

    @Override
    public ChatCase open(NewChat chat) {
        CaseDetail c = intake.open(
                new NewCase(
                        chat.customerName(),
                        chat.email() == null || chat.email().isBlank() ? null : chat.email(),
                        null,
                        chat.language(),
                        Channel.CHAT,
                        CaseType.QUESTION,
                        chat.topic(),
                        null,
                        subjectOf(chat.message()),
                        chat.message()),
                null);
        return new ChatCase(c.customerCase().getId(), c.customerCase().getReference());
    }

    /** The first line of what the customer asked, shortened: what the case is about, in their words. */
    static String subjectOf(String message) {
        if (message == null || message.isBlank()) {
            return message;
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() <= SUBJECT ? line : line.substring(0, SUBJECT - 1).strip() + "…";
    }

    @Override
    public void taken(long caseId, long agentId, Instant at) {
        CustomerCase c = require(caseId);
        if (c.getOwnerId() != null && c.getOwnerId() == agentId) {
            return;
        }
        c.assignTo(agentId, agentId, at);
        cases.save(c);
        timeline.add(caseId, at, EntryKind.OWNER, agentId, false, null, EntryDetail.employee(agentId));
        contacts.record(agentId, caseId, Channel.CHAT, at);
    }

    @Override
    public boolean transcript(long chatId, long caseId, String transcript, Instant at) {
        require(caseId);
        String body = transcript.length() <= TRANSCRIPT_ON_TIMELINE
                ? transcript
                : transcript.substring(0, TRANSCRIPT_ON_TIMELINE - 1) + "…";
        return timeline.addOnce(
                "chat:" + chatId + ":transcript", caseId, at, EntryKind.CHAT_TRANSCRIPT, null, body, null);
    }

    @Override
    public void mailTranscript(long caseId, String email, String language, String customerName, String transcript) {
        mail.chatTranscript(email, language, customerName, require(caseId), transcript);
    }

    @Override
    public boolean leftAsMessage(long chatId, long caseId, String email, Instant at) {
        CustomerCase c = require(caseId);
        if (!timeline.addOnce(
                "chat:" + chatId + ":left-as-message", caseId, at, EntryKind.CHAT_LEFT_AS_MESSAGE, null, null, null)) {
            return false;
        }
        Customer customer = customers
                .findById(c.getCustomerId())
                .orElseThrow(() -> KantorException.notFound("error.case-not-found", caseId));
        if (!CustomerMail.reaches(customer)) {
            // a chat started without an address made a customer of its own: nobody else's record changes here
            customer = customers.save(new Customer(
                    customer.id(),
                    customer.fullName(),
                    email.strip().toLowerCase(Locale.ROOT),
                    customer.phone(),
                    customer.language(),
                    customer.createdAt(),
                    customer.version()));
        }
        mail.confirmation(customer, c);
        return true;
    }

    private CustomerCase require(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> KantorException.notFound("error.case-not-found", caseId));
    }
}
