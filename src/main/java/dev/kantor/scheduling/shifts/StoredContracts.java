package dev.kantor.scheduling.shifts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kantor.platform.DuplicateValue;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.scheduling.ContractDetails;
import dev.kantor.scheduling.shifts.DefinedContract.AllowedShiftType;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contracts as stored. Everyone signed in reads them; managers, admins and HR define, change
 * and delete them, each change checked by the scheduling core's rules and against the version it
 * was based on, and recorded in the audit trail in the same transaction.
 */
@Service
@Transactional
public class StoredContracts {

    static final String AUDITED_AS = "work-contract";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final StoredShiftTypes shiftTypes;

    StoredContracts(JdbcClient jdbc, AuditTrail audit, StoredShiftTypes shiftTypes) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.shiftTypes = shiftTypes;
    }

    /** Every contract, by name. */
    @Transactional(readOnly = true)
    public List<DefinedContract> all() {
        Map<Long, List<AllowedShiftType>> allowed = new HashMap<>();
        jdbc.sql(
                        """
                select a.contract_id, t.id, t.name from work_contract_shift_type a
                join shift_type t on t.id = a.shift_type_id order by t.name_key""")
                .query(rs -> {
                    allowed.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new AllowedShiftType(rs.getLong(2), rs.getString(3)));
                });
        return jdbc.sql("select * from work_contract order by name_key")
                .query((rs, row) -> map(rs, allowed.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<DefinedContract> find(long id) {
        List<AllowedShiftType> allowed = jdbc.sql(
                        """
                select t.id, t.name from work_contract_shift_type a join shift_type t on t.id = a.shift_type_id
                where a.contract_id = ? order by t.name_key""")
                .param(id)
                .query((rs, row) -> new AllowedShiftType(rs.getLong(1), rs.getString(2)))
                .list();
        return jdbc.sql("select * from work_contract where id = ?")
                .param(id)
                .query((rs, row) -> map(rs, allowed))
                .optional();
    }

    /** The contract, or a not-found failure (404 in the API). */
    @Transactional(readOnly = true)
    public DefinedContract get(long id) {
        return find(id).orElseThrow(() -> KantorException.notFound("scheduling.contract.not-found", id));
    }

    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'HR')")
    public DefinedContract create(ContractDetails details) {
        List<DefinedShiftType> allowed = ContractRules.check(details, knownShiftTypes());
        String name = details.name().strip();
        requireFreeName(name, null);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                insert into work_contract (name, name_key, max_shifts_per_day, max_shifts_per_week,
                    max_paid_minutes_per_week, min_rest_between_shifts_minutes, version)
                values (:name, :key, :perDay, :perWeek, :paid, :rest, 0)""")
                .params(parameters(name, details))
                .update(key, "id");
        long id = key.getKey().longValue();
        storeAllowed(id, allowed);
        DefinedContract created = get(id);
        audit.created(AUDITED_AS, id, created.name(), created.snapshot());
        return created;
    }

    /** Changes a contract; refused with a conflict when someone changed it since {@code version}. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'HR')")
    public DefinedContract change(long id, ContractDetails details, int version) {
        DefinedContract before = get(id);
        List<DefinedShiftType> allowed = ContractRules.check(details, knownShiftTypes());
        String name = details.name().strip();
        requireFreeName(name, id);
        Map<String, Object> params = parameters(name, details);
        params.put("id", id);
        params.put("version", version);
        int changed = jdbc.sql(
                        """
                update work_contract set name = :name, name_key = :key, max_shifts_per_day = :perDay,
                    max_shifts_per_week = :perWeek, max_paid_minutes_per_week = :paid,
                    min_rest_between_shifts_minutes = :rest, version = version + 1
                where id = :id and version = :version""")
                .params(params)
                .update();
        if (changed == 0) {
            throw KantorException.conflict("error.concurrent-change");
        }
        jdbc.sql("delete from work_contract_shift_type where contract_id = ?")
                .param(id)
                .update();
        storeAllowed(id, allowed);
        DefinedContract after = get(id);
        audit.changed(AUDITED_AS, id, after.name(), AuditAction.UPDATED, before.snapshot(), after.snapshot());
        return after;
    }

    /**
     * Deletes a contract; refused with a conflict when someone changed it since {@code version}, or
     * when people are on a roster under it.
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN', 'HR')")
    public DefinedContract remove(long id, int version) {
        DefinedContract contract = get(id);
        requireUnused(id);
        int deleted;
        try {
            deleted = jdbc.sql("delete from work_contract where id = ? and version = ?")
                    .params(id, version)
                    .update();
        } catch (DataIntegrityViolationException e) {
            // someone was put on a roster with it meanwhile
            throw KantorException.conflict("scheduling.contract.in-use", 1);
        }
        if (deleted == 0) {
            throw KantorException.conflict("error.concurrent-change");
        }
        audit.deleted(AUDITED_AS, id, contract.name(), contract.snapshot());
        return contract;
    }

    /** A contract people work a queue under stays until they are given another. */
    private void requireUnused(long id) {
        int members = jdbc.sql("select count(*) from roster_member where contract_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        if (members > 0) {
            throw KantorException.conflict("scheduling.contract.in-use", members);
        }
    }

    private Map<Long, DefinedShiftType> knownShiftTypes() {
        return shiftTypes.all().stream()
                .collect(Collectors.toMap(DefinedShiftType::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private void storeAllowed(long id, List<DefinedShiftType> allowed) {
        try {
            for (DefinedShiftType type : allowed) {
                jdbc.sql("insert into work_contract_shift_type (contract_id, shift_type_id) values (?, ?)")
                        .params(id, type.id())
                        .update();
            }
        } catch (DataIntegrityViolationException e) {
            // a shift type was deleted after the rules found it
            throw KantorException.conflict("error.concurrent-change");
        }
    }

    private void requireFreeName(String name, Long id) {
        jdbc.sql("select id from work_contract where name_key = ?")
                .param(StoredShiftTypes.key(name))
                .query(Long.class)
                .optional()
                .filter(other -> !other.equals(id))
                .ifPresent(other -> {
                    throw new DuplicateValue("name", "scheduling.contract.name-taken", name);
                });
    }

    private static Map<String, Object> parameters(String name, ContractDetails details) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", name);
        params.put("key", StoredShiftTypes.key(name));
        params.put("perDay", details.maxShiftsPerDay());
        params.put("perWeek", details.maxShiftsPerWeek());
        params.put("paid", details.maxPaidMinutesPerWeek());
        params.put("rest", details.minRestBetweenShiftsMinutes());
        return params;
    }

    private static DefinedContract map(java.sql.ResultSet rs, List<AllowedShiftType> allowed)
            throws java.sql.SQLException {
        return new DefinedContract(
                rs.getLong("id"),
                rs.getString("name"),
                allowed,
                rs.getInt("max_shifts_per_day"),
                rs.getInt("max_shifts_per_week"),
                rs.getInt("max_paid_minutes_per_week"),
                rs.getInt("min_rest_between_shifts_minutes"),
                rs.getInt("version"));
    }
}
