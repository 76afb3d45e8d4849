package dev.kantor.service.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kantor.platform.KantorException;
import dev.kantor.service.catalogue.Workplace;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of internal requests: a department's queue (open ones by due time, the ones standing still last), and
 * the caller's own. One page at a time, read through the queue's index, so that a department with tens of
 * thousands of requests answers as fast as one with ten.
 */
@Component
@Transactional(readOnly = true)
public class RequestLists {

    /** The most a page shows. */
    public static final int PAGE = 50;

    /** Whose requests the queue shows. */
    public enum Whose {
        ALL,
        MINE,
        UNASSIGNED
    }

    /** A page of requests, and whether another follows. */
    public record Page(List<InternalRequest> rows, int page, boolean more) {}

    /** A page of requests for the API, and how many match in all. */
    public record Counted(List<InternalRequest> rows, long total) {}

    private final JdbcClient jdbc;
    private final Workplace workplace;

    RequestLists(JdbcClient jdbc, Workplace workplace) {
        this.jdbc = jdbc;
        this.workplace = workplace;
    }

    /**
     * A department's queue, for those who work in it.
     *
     * @param status one status, or null for every open one
     */
    public Page queue(long departmentId, RequestStatus status, Whose whose, Long serviceId, int page) {
        return page(queueSelection(departmentId, status, whose, serviceId), null, false, page);
    }

    /**
     * One page of a department's queue for the API, with how many requests match in all.
     *
     * @param sortBy {@code dueAt}, {@code filedAt}, or null for the queue's own order
     */
    public Counted queue(
            long departmentId,
            RequestStatus status,
            Whose whose,
            Long serviceId,
            String sortBy,
            boolean descending,
            long offset,
            int size) {
        return counted(queueSelection(departmentId, status, whose, serviceId), sortBy, descending, offset, size);
    }

    private Selection queueSelection(long departmentId, RequestStatus status, Whose whose, Long serviceId) {
        Workplace.Me me = workplace.me();
        if (!me.worksIn(departmentId)) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "service.queue.not-yours");
        }
        StringBuilder sql = new StringBuilder(" from internal_request r where r.department_id = ?");
        List<Object> params = new ArrayList<>(List.of(departmentId));
        if (status == null) {
            sql.append(" and r.status in ('OPEN', 'WAITING_ON_REQUESTER', 'AWAITING_APPROVAL')");
        } else {
            sql.append(" and r.status = ?");
            params.add(status.name());
        }
        if (whose == Whose.MINE) {
            sql.append(" and r.assignee_id = ?");
            params.add(me.employeeId() == null ? -1L : me.employeeId());
        } else if (whose == Whose.UNASSIGNED) {
            sql.append(" and r.assignee_id is null");
        }
        if (serviceId != null) {
            sql.append(" and r.offering_id = ?");
            params.add(serviceId);
        }
        return new Selection(
                sql.toString(),
                params,
                status == RequestStatus.RESOLVED
                        ? " order by r.resolved_at desc, r.id desc"
                        : " order by r.due_at, r.id");
    }

    /** The caller's own requests, newest first. */
    public Page mine(boolean openOnly, int page) {
        return mineSelection(openOnly)
                .map(selection -> page(selection, null, false, page))
                .orElse(new Page(List.of(), 0, false));
    }

    /** One page of the caller's own requests for the API, with how many there are in all. */
    public Counted mine(boolean openOnly, String sortBy, boolean descending, long offset, int size) {
        return mineSelection(openOnly)
                .map(selection -> counted(selection, sortBy, descending, offset, size))
                .orElse(new Counted(List.of(), 0));
    }

    private java.util.Optional<Selection> mineSelection(boolean openOnly) {
        Long me = workplace.me().employeeId();
        if (me == null) {
            return java.util.Optional.empty();
        }
        String sql =
                " from internal_request r where r.requester_id = ?" + (openOnly ? " and r.status <> 'RESOLVED'" : "");
        return java.util.Optional.of(
                new Selection(sql, new ArrayList<>(List.of(me)), " order by r.filed_at desc, r.id desc"));
    }

    /** The open requests filed for a customer case, oldest first: what the case waits on. */
    public List<InternalRequest> openForCase(long caseId) {
        return jdbc.sql("select " + RequestStore.COLUMNS
                        + " from internal_request r where r.case_id = ? and r.status <> 'RESOLVED' order by r.filed_at")
                .param(caseId)
                .query(RequestStore::row)
                .list();
    }

    /** Which requests a list holds: its from and where, their parameters, and the list's own order. */
    private record Selection(String from, List<Object> params, String order) {

        String order(String sortBy, boolean descending) {
            String column = sortBy == null ? null : SORTED_BY.get(sortBy);
            if (column == null) {
                return order;
            }
            String direction = descending ? " desc" : "";
            return " order by " + column + direction + ", r.id" + direction;
        }
    }

    /** The fields the API sorts lists of requests by, and their columns. */
    private static final Map<String, String> SORTED_BY = Map.of("dueAt", "r.due_at", "filedAt", "r.filed_at");

    private Page page(Selection selection, String sortBy, boolean descending, int page) {
        int p = Math.max(0, page);
        String sql = "select " + RequestStore.COLUMNS + selection.from() + selection.order(sortBy, descending)
                + " limit " + (PAGE + 1) + " offset " + ((long) p * PAGE);
        List<InternalRequest> rows = jdbc.sql(sql)
                .params(selection.params())
                .query(RequestStore::row)
                .list();
        boolean more = rows.size() > PAGE;
        return new Page(more ? rows.subList(0, PAGE) : rows, p, more);
    }

    private Counted counted(Selection selection, String sortBy, boolean descending, long offset, int size) {
        String sql = "select " + RequestStore.COLUMNS + selection.from() + selection.order(sortBy, descending)
                + " limit " + size + " offset " + offset;
        List<InternalRequest> rows = jdbc.sql(sql)
                .params(selection.params())
                .query(RequestStore::row)
                .list();
        long total = rows.isEmpty() && offset == 0
                ? 0
                : jdbc.sql("select count(*)" + selection.from())
                        .params(selection.params())
                        .query(Long.class)
                        .single();
        return new Counted(rows, total);
    }
}
