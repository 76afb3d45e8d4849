package dev.kantor.cases.handoffs;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.NewCase;
import dev.kantor.cases.customercase.Cases;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.customers.Customer;
import dev.kantor.cases.customers.Customers;
import dev.kantor.cases.intake.CaseIntake;
import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;
import dev.kantor.routing.HandoffCase;
import dev.kantor.routing.HandoffCases;
import dev.kantor.routing.WalkInCustomer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases routing hands customers over with: found, opened for a walk-in, counted per owner.
 * What a handoff then does to a case is written from routing's events ({@link CaseSideOfHandoffs}).
 */
@Component
@Transactional
class CasesForHandoffs implements HandoffCases {

    /** A walk-in's refusals are named as {@link WalkInCustomer} calls its fields. */
    private static final Map<String, String> WALK_IN_FIELDS = Map.of("customerName", "name", "subject", "topic");

    private final Cases cases;
    private final Customers customers;
    private final CaseIntake intake;
    private final JdbcClient jdbc;

    CasesForHandoffs(Cases cases, Customers customers, CaseIntake intake, JdbcClient jdbc) {
        this.cases = cases;
        this.customers = customers;
        this.intake = intake;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<HandoffCase> find(long caseId) {
        return cases.findById(caseId).map(this::of);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<HandoffCase> findByReference(String reference) {
        return reference == null
                ? Optional.empty()
                : cases.findByReference(reference.strip().toUpperCase(Locale.ROOT))
                        .map(this::of);
    }

    @Override
    public long openForWalkIn(WalkInCustomer customer, long openedBy) {
        try {
            return intake.open(
                            new NewCase(
                                    customer.name(),
                                    customer.email(),
                                    customer.phone(),
                                    customer.language(),
                                    Channel.WALK_IN,
                                    CaseType.QUESTION,
                                    customer.topic(),
                                    null,
                                    customer.subject(),
                                    null),
                            openedBy)
                    .customerCase()
                    .getId();
        } catch (InvalidInput e) {
            throw new InvalidInput(e.problems().stream()
                    .map(p -> new FieldProblem(
                            WALK_IN_FIELDS.getOrDefault(p.field(), p.field()), p.messageKey(), p.args()))
                    .toList());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Integer> openCasesOwnedBy(Collection<Long> employeeIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (employeeIds.isEmpty()) {
            return counts;
        }
        jdbc.sql(
                        """
                select owner_id, count(*) from customer_case
                where owner_id = any(:ids) and status not in ('RESOLVED', 'CLOSED') group by owner_id""")
                .param("ids", new SqlArrayValue("bigint", employeeIds.toArray()))
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    private HandoffCase of(CustomerCase c) {
        Customer customer = customers.findById(c.getCustomerId()).orElseThrow();
        return new HandoffCase(
                c.getId(),
                c.getReference(),
                c.getSubject(),
                c.getTopic(),
                c.getOwnerId(),
                customer.fullName(),
                customer.language(),
                c.getStatus() == CaseStatus.CLOSED,
                c.getChannel() == dev.kantor.cases.Channel.WALK_IN);
    }
}
