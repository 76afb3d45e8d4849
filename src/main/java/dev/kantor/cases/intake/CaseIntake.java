package dev.kantor.cases.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.kantor.cases.CaseOpened;
import dev.kantor.cases.NewCase;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.customers.Customer;
import dev.kantor.cases.customers.CustomerContacts;
import dev.kantor.cases.mail.CustomerMail;
import dev.kantor.cases.portal.PrivateLinks;
import dev.kantor.cases.timeline.CaseTimeline;
import dev.kantor.cases.timeline.TimelineEntry;
import dev.kantor.cases.work.CaseQueries;
import dev.kantor.cases.work.CaseQueries.CaseDetail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens cases from every channel, in named steps: checks the contact ({@link IntakeRules}), finds
 * or creates the customer ({@link ReturningCustomers}), numbers the case ({@link CaseNumbers}),
 * writes it ({@link NewCases}) and its first timeline entries ({@link OpeningEntries}), records who
 * had customer contact, confirms by e-mail with the private link, and publishes {@link CaseOpened}.
 * Intake is the busiest write path, so it answers with the new case as written, not re-read.
 */
@Service
public class CaseIntake {

    /** The longest message a customer or an employee writes on a case. */
    public static final int MAX_MESSAGE = 4000;

    private final IntakeRules rules;
    private final ReturningCustomers customers;
    private final CaseNumbers numbers;
    private final NewCases newCases;
    private final CaseTimeline timeline;
    private final CustomerContacts contacts;
    private final CustomerMail mail;
    private final ApplicationEventPublisher events;
    private final CaseQueries queries;
    private final Clock clock;

    CaseIntake(
            IntakeRules rules,
            ReturningCustomers customers,
            CaseNumbers numbers,
            NewCases newCases,
            CaseTimeline timeline,
            CustomerContacts contacts,
            CustomerMail mail,
            ApplicationEventPublisher events,
            CaseQueries queries,
            Clock clock) {
        this.rules = rules;
        this.customers = customers;
        this.numbers = numbers;
        this.newCases = newCases;
        this.timeline = timeline;
        this.contacts = contacts;
        this.mail = mail;
        this.events = events;
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * Opens a case.
     *
     * @param loggedBy the employee who logged the contact, who then owns it; null when the
     *                 customer wrote in themselves
     * @throws dev.kantor.platform.InvalidInput naming {@link NewCase}'s fields that are wrong
     */
    @Transactional
    public CaseDetail open(NewCase input, Long loggedBy) {
        rules.check(input, loggedBy == null);
        // as precise as the database keeps it, so that the answer equals what a later read returns
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Customer customer = customers.of(input, now);
        CustomerCase c = newCases.insert(CustomerCase.open(
                numbers.next(now),
                PrivateLinks.newSecret(),
                customer.id(),
                input.channel(),
                input.type(),
                input.topic(),
                IntakeRules.priorityOf(input),
                input.subject().strip(),
                loggedBy,
                now));
        List<TimelineEntry> entries = timeline.addAll(OpeningEntries.of(c, input, loggedBy, now));
        if (loggedBy != null && input.channel().inPerson()) {
            contacts.record(loggedBy, c.getId(), input.channel(), now);
        }
        mail.confirmation(customer, c);
        events.publishEvent(new CaseOpened(
                c.getId(),
                c.getReference(),
                c.getChannel(),
                c.getCaseType(),
                c.getTopic(),
                c.getPriority(),
                loggedBy,
                now));
        // everything the case page shows is at hand: reading the case back would double the work
        return queries.detailOf(
                c, customer, entries, List.of(), loggedBy == null ? null : queries.employeeName(loggedBy));
    }
}
