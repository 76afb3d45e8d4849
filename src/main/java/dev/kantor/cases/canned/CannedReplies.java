package dev.kantor.cases.canned;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.kantor.cases.customercase.Cases;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.customers.Customer;
import dev.kantor.cases.customers.Customers;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.people.Position;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Canned replies as the signed-in employee may use and keep them: their own personal ones and
 * their team's (their department's). Everyone keeps their own; managers keep their team's, admins
 * every team's. Someone else's personal reply is never shown, and answers as if it did not exist.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
public class CannedReplies {

    static final int MAX_TITLE = 120;
    static final int MAX_TEXT = 4000;

    /** A canned reply as written on its form. */
    public record Draft(String title, String textEn, String textId, boolean personal) {}

    /** A canned reply ready for the reply box: in the customer's language, placeholders filled in. */
    public record Filled(long id, String title, String language, String text) {}

    private final JdbcClient jdbc;
    private final People people;
    private final Cases cases;
    private final Customers customers;
    private final Clock clock;

    CannedReplies(JdbcClient jdbc, People people, Cases cases, Customers customers, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.cases = cases;
        this.customers = customers;
        this.clock = clock;
    }

    /** The replies the signed-in employee may use, by title; those whose title holds {@code q} when given. */
    @Transactional(readOnly = true)
    public List<CannedReply> usable(String q) {
        long me = me();
        Long team = departmentOf(me).orElse(-1L);
        String like = q == null || q.isBlank() ? "%" : "%" + q.strip().toLowerCase(Locale.ROOT) + "%";
        return jdbc.sql(
                        """
                        select * from canned_reply
                        where (owner_id = :me or department_id = :team or (:admin and department_id is not null))
                          and lower(title) like :like
                        order by lower(title), id limit 50""")
                .param("me", me)
                .param("team", team)
                .param("admin", role() == Role.ADMIN)
                .param("like", like)
                .query(CannedReplies::row)
                .list();
    }

    @Transactional(readOnly = true)
    public CannedReply get(long id) {
        return find(id).orElseThrow(CannedReplies::unknown);
    }

    /** Whether the signed-in employee may change or delete the reply. */
    @Transactional(readOnly = true)
    public boolean mayKeep(CannedReply reply) {
        if (reply.personal()) {
            return reply.ownerId() == me();
        }
        return role() == Role.ADMIN
                || role() == Role.MANAGER
                        && departmentOf(me()).map(reply.departmentId()::equals).orElse(false);
    }

    public CannedReply create(Draft draft) {
        check(draft);
        long me = me();
        Long department = null;
        if (!draft.personal()) {
            requireManager();
            department = departmentOf(me).orElseThrow(() -> KantorException.invalid("canned.no-team"));
        }
        org.springframework.jdbc.support.KeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(
                        """
                        insert into canned_reply (title, text_en, text_id, department_id, owner_id, updated_at, version)
                        values (?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        draft.title().strip(),
                        draft.textEn().strip(),
                        draft.textId().strip(),
                        department,
                        draft.personal() ? me : null,
                        Timestamp.from(clock.instant()))
                .update(key, "id");
        return get(key.getKeyAs(Number.class).longValue());
    }

    /** Changes a reply the employee may keep; refused when someone changed it since {@code version}. */
    public CannedReply update(long id, Draft draft, int version) {
        check(draft);
        CannedReply reply = keepable(id);
        int updated = jdbc.sql(
                        """
                        update canned_reply set title = ?, text_en = ?, text_id = ?, updated_at = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(
                        draft.title().strip(),
                        draft.textEn().strip(),
                        draft.textId().strip(),
                        Timestamp.from(clock.instant()),
                        reply.id(),
                        version)
                .update();
        if (updated == 0) {
            throw KantorException.conflict("error.concurrent-change");
        }
        return get(id);
    }

    public void delete(long id) {
        keepable(id);
        jdbc.sql("delete from canned_reply where id = ?").param(id).update();
    }

    /** The usable replies whose title holds {@code q}, each ready for the case's reply box (see {@link #forCase}). */
    @Transactional(readOnly = true)
    public List<Filled> forCase(long caseId, String q) {
        CustomerCase c =
                cases.findById(caseId).orElseThrow(() -> KantorException.notFound("error.case-not-found", caseId));
        Customer customer = customers.findById(c.getCustomerId()).orElseThrow();
        Map<String, String> values = values(c, customer);
        return usable(q).stream().map(r -> filled(r, customer, values)).toList();
    }

    /**
     * A reply to insert into a case's reply box: in the case's customer's language, with
     * {@code {customer.name}}, {@code {case.reference}} and {@code {agent.name}} filled in.
     */
    @Transactional(readOnly = true)
    public Filled forCase(long replyId, long caseId) {
        CannedReply reply = get(replyId);
        CustomerCase c =
                cases.findById(caseId).orElseThrow(() -> KantorException.notFound("error.case-not-found", caseId));
        Customer customer = customers.findById(c.getCustomerId()).orElseThrow();
        return filled(reply, customer, values(c, customer));
    }

    private Map<String, String> values(CustomerCase c, Customer customer) {
        return Map.of(
                Placeholders.CUSTOMER_NAME, customer.fullName(),
                Placeholders.CASE_REFERENCE, c.getReference(),
                Placeholders.AGENT_NAME, people.nameOf(me()).orElse(""));
    }

    private static Filled filled(CannedReply reply, Customer customer, Map<String, String> values) {
        return new Filled(
                reply.id(),
                reply.title(),
                "id".equals(customer.language()) ? "id" : "en",
                Placeholders.fill(reply.textIn(customer.language()), values));
    }

    private Optional<CannedReply> find(long id) {
        return jdbc.sql("select * from canned_reply where id = ?")
                .param(id)
                .query(CannedReplies::row)
                .optional()
                .filter(this::visible);
    }

    private boolean visible(CannedReply reply) {
        if (reply.personal()) {
            return reply.ownerId() == me();
        }
        return role() == Role.ADMIN
                || departmentOf(me()).map(reply.departmentId()::equals).orElse(false);
    }

    private CannedReply keepable(long id) {
        CannedReply reply = get(id);
        if (!mayKeep(reply)) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "canned.not-yours");
        }
        return reply;
    }

    private void requireManager() {
        if (role() != Role.MANAGER && role() != Role.ADMIN) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "canned.team-for-managers");
        }
    }

    private static void check(Draft draft) {
        new InputCheck()
                .required("title", draft.title(), MAX_TITLE)
                .required("textEn", draft.textEn(), MAX_TEXT)
                .required("textId", draft.textId(), MAX_TEXT)
                .throwIfAny();
    }

    private Optional<Long> departmentOf(long employeeId) {
        return people.employee(employeeId)
                .map(Employee::getPositionId)
                .flatMap(people::position)
                .map(Position::getDepartmentId);
    }

    private static long me() {
        return CurrentUser.employeeId("case.no-employee");
    }

    private static Role role() {
        return CurrentUser.get().map(KantorUser::role).orElse(null);
    }

    private static CannedReply row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new CannedReply(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("text_en"),
                rs.getString("text_id"),
                (Long) rs.getObject("department_id", Long.class),
                (Long) rs.getObject("owner_id", Long.class),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }

    private static KantorException unknown() {
        return KantorException.notFound("canned.not-found");
    }
}
