package dev.kantor.scheduling.rosters;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.kantor.people.DirectoryEntry;
import dev.kantor.people.DirectoryQuery;
import dev.kantor.people.Employee;
import dev.kantor.people.Office;
import dev.kantor.people.People;
import dev.kantor.people.QualifiedEmployee;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.scheduling.RosterAssignment;
import dev.kantor.scheduling.shifts.StoredContracts;
import dev.kantor.staffing.QueueSummary;
import dev.kantor.staffing.WorkQueues;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rosters as stored: per work queue, the people on it with their contract and unavailable dates,
 * and the skills the queue asks for. Managers and admins read and change them; a change is checked
 * against the version it was based on.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class StoredRosters {

    private final JdbcClient jdbc;
    private final People people;
    private final WorkQueues queues;
    private final StoredContracts contracts;

    StoredRosters(JdbcClient jdbc, People people, WorkQueues queues, StoredContracts contracts) {
        this.jdbc = jdbc;
        this.people = people;
        this.queues = queues;
        this.contracts = contracts;
    }

    /** The queue, or a not-found failure (404 in the API). */
    @Transactional(readOnly = true)
    public QueueSummary queue(long queueId) {
        return queues.find(queueId).orElseThrow(() -> KantorException.notFound("scheduling.roster.no-queue", queueId));
    }

    /** How many people are on each queue's roster, by queue id. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> sizes() {
        Map<Long, Integer> sizes = new HashMap<>();
        jdbc.sql("select queue_id, count(*) from roster_member group by queue_id")
                .query(rs -> {
                    sizes.put(rs.getLong(1), rs.getInt(2));
                });
        return sizes;
    }

    /** The queue's roster, by name. */
    @Transactional(readOnly = true)
    public List<RosterMember> members(long queueId) {
        return read("m.queue_id = ?", queueId);
    }

    @Transactional(readOnly = true)
    public Optional<RosterMember> member(long memberId) {
        return read("m.id = ?", memberId).stream().findFirst();
    }

    /** Puts someone on a queue's roster, or changes their contract and dates when they are on it. */
    public RosterMember assign(RosterAssignment assignment) {
        queue(assignment.queueId());
        requireEmployee(assignment.employeeId());
        requireContract(assignment.contractId());
        List<LocalDate> dates = UnavailableDates.check(assignment.unavailableDates(), "unavailableDates");
        Long existing = jdbc.sql("select id from roster_member where queue_id = ? and employee_id = ?")
                .params(assignment.queueId(), assignment.employeeId())
                .query(Long.class)
                .optional()
                .orElse(null);
        long id;
        if (existing == null) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("insert into roster_member (queue_id, employee_id, contract_id, version) values (?, ?, ?, 0)")
                    .params(assignment.queueId(), assignment.employeeId(), assignment.contractId())
                    .update(key, "id");
            id = key.getKey().longValue();
        } else {
            id = existing;
            jdbc.sql("update roster_member set contract_id = ?, version = version + 1 where id = ?")
                    .params(assignment.contractId(), id)
                    .update();
        }
        storeDates(id, dates);
        return member(id).orElseThrow();
    }

    /** Changes someone's contract and dates; a conflict when someone changed them since {@code version}. */
    public RosterMember change(long memberId, long contractId, List<LocalDate> unavailable, int version) {
        get(memberId);
        requireContract(contractId);
        List<LocalDate> dates = UnavailableDates.check(unavailable, "unavailableDates");
        int changed = jdbc.sql(
                        "update roster_member set contract_id = ?, version = version + 1 where id = ? and version = ?")
                .params(contractId, memberId, version)
                .update();
        if (changed == 0) {
            throw KantorException.conflict("error.concurrent-change");
        }
        storeDates(memberId, dates);
        return get(memberId);
    }

    /** Takes someone off a roster; a conflict when someone changed them since {@code version}. */
    public RosterMember remove(long memberId, int version) {
        RosterMember member = get(memberId);
        if (jdbc.sql("delete from roster_member where id = ? and version = ?")
                        .params(memberId, version)
                        .update()
                == 0) {
            throw KantorException.conflict("error.concurrent-change");
        }
        return member;
    }

    /** Someone on a roster, or a not-found failure. */
    @Transactional(readOnly = true)
    public RosterMember get(long memberId) {
        return member(memberId).orElseThrow(() -> KantorException.notFound("scheduling.roster.no-member", memberId));
    }

    /** The skills the queue asks for, by skill id. */
    @Transactional(readOnly = true)
    public List<QueueSkill> skills(long queueId) {
        return jdbc.sql("select skill_id, min_level from scheduling_queue_skill where queue_id = ? order by skill_id")
                .param(queueId)
                .query((rs, row) -> new QueueSkill(rs.getLong(1), rs.getInt(2)))
                .list();
    }

    /** Sets the skills the queue asks for, replacing those it asked for before. */
    public List<QueueSkill> requireSkills(long queueId, Map<Long, Integer> minimumLevels) {
        queue(queueId);
        Set<Long> known = new HashSet<>();
        people.skills().forEach(skill -> known.add(skill.id()));
        InputCheck check = new InputCheck();
        minimumLevels.forEach((skill, level) -> check.that(known.contains(skill), "skills", "validation.unknown-skill")
                .range("skills", level, 1, 5));
        check.throwIfAny();
        jdbc.sql("delete from scheduling_queue_skill where queue_id = ?")
                .param(queueId)
                .update();
        minimumLevels.forEach((skill, level) -> jdbc.sql(
                        "insert into scheduling_queue_skill (queue_id, skill_id, min_level) values (?, ?, ?)")
                .params(queueId, skill, level)
                .update());
        return skills(queueId);
    }

    /**
     * The people proposed for a queue's roster: active front-office people who hold every skill the
     * queue asks for (any front-office person when it asks for none) and are not on it yet, by name.
     */
    @Transactional(readOnly = true)
    public List<Proposal> proposals(long queueId) {
        Set<Long> onRoster = new HashSet<>();
        members(queueId).forEach(m -> onRoster.add(m.employeeId()));
        Map<Long, Integer> levels = new LinkedHashMap<>();
        skills(queueId).forEach(s -> levels.put(s.skillId(), s.minLevel()));
        List<Proposal> proposals = new ArrayList<>();
        if (levels.isEmpty()) {
            DirectoryQuery front =
                    new DirectoryQuery(null, null, Office.FRONT, null, null, null, null, 0, DirectoryQuery.MAX_SIZE);
            for (DirectoryEntry entry : people.search(front).entries()) {
                if (!onRoster.contains(entry.id())) {
                    proposals.add(new Proposal(entry.id(), entry.fullName()));
                }
            }
        } else {
            for (QualifiedEmployee q : people.qualifiedFor(levels)) {
                if (q.office() == Office.FRONT && !onRoster.contains(q.id())) {
                    proposals.add(new Proposal(q.id(), q.fullName()));
                }
            }
        }
        proposals.sort(Comparator.comparing(Proposal::name).thenComparing(Proposal::employeeId));
        return proposals;
    }

    /** Someone proposed for a roster. */
    public record Proposal(long employeeId, String name) {}

    private void requireEmployee(long employeeId) {
        if (people.employee(employeeId).filter(Employee::isActive).isEmpty()) {
            throw InvalidInput.of("employeeId", "scheduling.roster.no-employee");
        }
    }

    private void requireContract(long contractId) {
        if (contracts.find(contractId).isEmpty()) {
            throw InvalidInput.of("contractId", "scheduling.roster.no-contract");
        }
    }

    private void storeDates(long memberId, List<LocalDate> dates) {
        jdbc.sql("delete from roster_unavailable where member_id = ?")
                .param(memberId)
                .update();
        for (LocalDate date : dates) {
            jdbc.sql("insert into roster_unavailable (member_id, work_date) values (?, ?)")
                    .params(memberId, Date.valueOf(date))
                    .update();
        }
    }

    private List<RosterMember> read(String condition, long value) {
        record Row(long id, long queueId, long employeeId, long contractId, String contractName, int version) {}
        List<Row> rows = jdbc.sql(
                        """
                select m.id, m.queue_id, m.employee_id, m.contract_id, c.name, m.version
                from roster_member m join work_contract c on c.id = m.contract_id where\s"""
                                + condition)
                .param(value)
                .query((rs, n) -> new Row(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getInt(6)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LocalDate>> dates = new HashMap<>();
        jdbc.sql("select member_id, work_date from roster_unavailable where member_id = any(:ids) order by work_date")
                .param(
                        "ids",
                        new SqlArrayValue("bigint", rows.stream().map(Row::id).toArray()))
                .query(rs -> {
                    dates.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getDate(2).toLocalDate());
                });
        Map<Long, String> names = names(rows.stream().map(Row::employeeId).toList());
        return rows.stream()
                .map(r -> new RosterMember(
                        r.id(),
                        r.queueId(),
                        r.employeeId(),
                        names.getOrDefault(r.employeeId(), "#" + r.employeeId()),
                        r.contractId(),
                        r.contractName(),
                        dates.getOrDefault(r.id(), List.of()),
                        r.version()))
                .sorted(Comparator.comparing(RosterMember::name).thenComparing(RosterMember::employeeId))
                .toList();
    }

    private Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        people.employees(ids).forEach(e -> names.put(e.getId(), e.getFullName()));
        return names;
    }
}
