package dev.kantor.cases;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.kantor.routing.TopicCatalogue;
import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.cases.CaseQueries.CaseDetail;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.i18n.Languages;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens cases from every channel: finds or creates the customer, numbers the case, starts its
 * timeline, records who had customer contact, and confirms by e-mail with the private link.
 * Intake is the busiest write path, so it answers with the new case as written, not re-read.
 */
@Service
public class CaseIntake {

    static final int MAX_MESSAGE = 4000;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,30}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CaseTimeline timeline;
    private final CustomerContacts contacts;
    private final CustomerMail mail;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final BusinessCalendars calendars;
    private final ApplicationEventPublisher events;
    private final CaseQueries queries;
    private final TopicCatalogue topics;

    CaseIntake(CaseTimeline timeline, CustomerContacts contacts, CustomerMail mail,
            JdbcClient jdbc, Clock clock, BusinessCalendars calendars, ApplicationEventPublisher events,
            CaseQueries queries, TopicCatalogue topics) {
        this.timeline = timeline;
        this.contacts = contacts;
        this.mail = mail;
        this.jdbc = jdbc;
        this.clock = clock;
        this.calendars = calendars;
        this.events = events;
        this.queries = queries;
        this.topics = topics;
    }

    /**
     * Opens a case.
     *
     * @param loggedBy the employee who logged the contact, who then owns it; null when the
     *                 customer wrote in themselves
     */
    @Transactional
    public CaseDetail open(NewCase input, Long loggedBy) {
        check(input, loggedBy == null);
        // as precise as the database keeps it, so that the answer equals what a later read returns
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Customer customer = customer(input, now);
        long number = jdbc.sql("select nextval('case_number')").query(Long.class).single();
        String reference = "KTR-%d-%06d".formatted(now.atZone(calendars.zone()).getYear(), number);
        Priority priority = input.priority() != null ? input.priority()
                : input.type() == CaseType.COMPLAINT ? Priority.HIGH : Priority.NORMAL;
        CustomerCase c = insert(CustomerCase.open(reference, newToken(), customer.id(), input.channel(),
                input.type(), input.topic(), priority, input.subject().strip(), loggedBy, now));
        List<TimelineEntry> entries = new ArrayList<>(2);
        entries.add(draft(c, now, EntryKind.OPENED, loggedBy, loggedBy == null, null, EntryDetail.of(input.channel())));
        if (input.message() != null && !input.message().isBlank()) {
            // logged by an employee, the description is in their words: it stays internal (see CaseTimeline)
            entries.add(draft(c, now, EntryKind.CUSTOMER_MESSAGE, loggedBy, loggedBy == null, input.message().strip(),
                    null));
        }
        entries = timeline.addAll(entries);
        if (loggedBy != null && input.channel().inPerson()) {
            contacts.record(loggedBy, c.getId(), input.channel(), now);
        }
        mail.confirmation(customer, c);
        events.publishEvent(new CaseOpened(c.getId(), c.getReference(), c.getChannel(), c.getCaseType()));
        // everything the case page shows is at hand: reading the case back would double the work
        return queries.detailOf(c, customer, entries, List.of(),
                loggedBy == null ? null : queries.employeeName(loggedBy));
    }

    private static TimelineEntry draft(CustomerCase c, Instant at, EntryKind kind, Long authorId, boolean byCustomer,
            String body, String detail) {
        return new TimelineEntry(0, c.getId(), at, kind, CaseTimeline.customerSees(kind, byCustomer, body), authorId,
                byCustomer, body, detail);
    }

    private void check(NewCase input, boolean fromCustomer) {
        InputCheck check = new InputCheck()
                .required("customerName", input.customerName(), 120)
                .maxLength("email", input.email(), 160)
                .email("email", input.email())
                .maxLength("phone", input.phone(), 30)
                .matches("phone", input.phone(), PHONE, "validation.phone")
                .required("channel", input.channel())
                .required("type", input.type())
                .required("subject", input.subject(), 200)
                .that(topics.isKnown(input.topic()), "topic", "validation.unknown-topic");
        if (fromCustomer) {
            check.required("email", input.email(), 160).required("message", input.message(), MAX_MESSAGE);
        } else {
            check.maxLength("message", input.message(), MAX_MESSAGE);
            if (blank(input.email()) && blank(input.phone())) {
                check.add("email", "validation.email-or-phone");
            }
        }
        if (input.language() != null && Languages.of(input.language()).isEmpty()) {
            check.add("language", "validation.unknown-language", input.language());
        }
        check.throwIfAny();
    }

    /** The customer who wrote with this e-mail address before, else a new one. */
    private Customer customer(NewCase input, Instant now) {
        String email = blank(input.email()) ? null : input.email().strip().toLowerCase(Locale.ROOT);
        String language = Languages.of(input.language()).orElse(Languages.INDONESIAN).getLanguage();
        if (email != null) {
            // plain SQL: the repository's query method cost a third of intake's own CPU time
            var known = jdbc.sql("select * from customer where email = ? order by id desc limit 1").param(email)
                    .query((rs, row) -> Customer.of(rs)).optional();
            if (known.isPresent()) {
                return known.get();
            }
        }
        return insert(new Customer(null, input.customerName().strip(), email,
                blank(input.phone()) ? null : input.phone().strip(), language, now, null));
    }

    /*
     * New customers and cases are written with plain SQL rather than through their repositories:
     * the repository builds its INSERT anew on every save, which was a fifth of intake's CPU time.
     * Later changes go through the repositories, which own the optimistic locking.
     */

    private Customer insert(Customer customer) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into customer (full_name, email, phone, language, created_at, version)
                values (?, ?, ?, ?, ?, 0)""")
                .params(customer.fullName(), customer.email(), customer.phone(), customer.language(),
                        Timestamp.from(customer.createdAt()))
                .update(key, "id");
        return new Customer(key.getKeyAs(Number.class).longValue(), customer.fullName(), customer.email(),
                customer.phone(), customer.language(), customer.createdAt(), 0);
    }

    private CustomerCase insert(CustomerCase c) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into customer_case (reference, access_token, customer_id, channel, case_type, topic, priority,
                    subject, subject_by_customer, status, owner_id, opened_at, first_response_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(c.getReference(), c.getAccessToken(), c.getCustomerId(), c.getChannel().name(),
                        c.getCaseType().name(), c.getTopic(), c.getPriority().name(), c.getSubject(),
                        c.isSubjectByCustomer(),
                        c.getStatus().name(), c.getOwnerId(), Timestamp.from(c.getOpenedAt()),
                        c.getFirstResponseAt() == null ? null : Timestamp.from(c.getFirstResponseAt()))
                .update(key, "id");
        return c.inserted(key.getKeyAs(Number.class).longValue());
    }

    /** The private link's secret: 256 random bits, so that no link can be guessed. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
