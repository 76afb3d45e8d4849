package dev.kantor.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What customers do through their private link, with no account: follow the case, reply, and
 * rate the service once it is resolved. An unknown link answers exactly like a wrong one.
 */
@Service
@Transactional
public class CustomerPortal {

    /** A case as its customer sees it: the public part of the timeline only. */
    public record CustomerView(CustomerCase customerCase, Customer customer, List<TimelineEntry> timeline) {
    }

    private final Cases cases;
    private final Customers customers;
    private final CaseTimeline timeline;
    private final Clock clock;

    CustomerPortal(Cases cases, Customers customers, CaseTimeline timeline, Clock clock) {
        this.cases = cases;
        this.customers = customers;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<CustomerView> view(String token) {
        return byToken(token).map(c -> new CustomerView(c, customers.findById(c.getCustomerId()).orElseThrow(),
                timeline.of(c.getId(), true)));
    }

    public void reply(String token, String text) {
        new InputCheck().required("text", text, CaseIntake.MAX_MESSAGE).throwIfAny();
        CustomerCase c = byToken(token).orElseThrow(CustomerPortal::unknown);
        Instant now = clock.instant();
        CaseStatus before = c.getStatus();
        c.customerReplied(now);
        cases.save(c);
        timeline.add(c.getId(), now, EntryKind.CUSTOMER_MESSAGE, null, true, text.strip(), null);
        if (before != c.getStatus()) {
            timeline.add(c.getId(), now, EntryKind.STATUS, null, true, null, EntryDetail.of(c.getStatus()));
        }
    }

    public void rate(String token, Integer stars, String comment) {
        new InputCheck().required("rating", stars).maxLength("comment", comment, 2000).throwIfAny();
        CustomerCase c = byToken(token).orElseThrow(CustomerPortal::unknown);
        c.rate(stars, comment, clock.instant());
        cases.save(c);
        timeline.add(c.getId(), clock.instant(), EntryKind.RATED, null, true, c.getRatingComment(),
                EntryDetail.stars(stars));
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
