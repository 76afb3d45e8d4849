package dev.kantor.service.requests;

import java.util.ArrayList;
import java.util.List;

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
        Workplace.Me me = workplace.me();
        if (!me.worksIn(departmentId)) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "service.queue.not-yours");
        }
        StringBuilder sql = new StringBuilder(
                "select " + RequestStore.COLUMNS + " from internal_request r where r.department_id = ?");
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
        sql.append(
                status == RequestStatus.RESOLVED
                        ? " order by r.resolved_at desc, r.id desc"
                        : " order by r.due_at, r.id");
        return page(sql, params, page);
    }

    /** The caller's own requests, newest first. */
    public Page mine(boolean openOnly, int page) {
        Long me = workplace.me().employeeId();
        if (me == null) {
            return new Page(List.of(), 0, false);
        }
        StringBuilder sql = new StringBuilder(
                "select " + RequestStore.COLUMNS + " from internal_request r where r.requester_id = ?");
        if (openOnly) {
            sql.append(" and r.status <> 'RESOLVED'");
        }
        sql.append(" order by r.filed_at desc, r.id desc");
        return page(sql, new ArrayList<>(List.of(me)), page);
    }

    /** The open requests filed for a customer case, oldest first: what the case waits on. */
    public List<InternalRequest> openForCase(long caseId) {
        return jdbc.sql("select " + RequestStore.COLUMNS
                        + " from internal_request r where r.case_id = ? and r.status <> 'RESOLVED' order by r.filed_at")
                .param(caseId)
                .query(RequestStore::row)
                .list();
    }

    private Page page(StringBuilder sql, List<Object> params, int page) {
        int p = Math.max(0, page);
        sql.append(" limit ").append(PAGE + 1).append(" offset ").append((long) p * PAGE);
        List<InternalRequest> rows =
                jdbc.sql(sql.toString()).params(params).query(RequestStore::row).list();
        boolean more = rows.size() > PAGE;
        return new Page(more ? rows.subList(0, PAGE) : rows, p, more);
    }
}
