package dev.kantor.scheduling.shifts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.kantor.platform.DuplicateValue;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.scheduling.BreakDetails;
import dev.kantor.scheduling.ShiftTypeDetails;
import dev.kantor.scheduling.problem.ShiftType;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shift types as stored. Everyone signed in reads them; managers and admins define, change
 * and delete them, each change checked by the scheduling core's rules and against the version it
 * was based on, and recorded in the audit trail in the same transaction. A shift type a contract
 * allows cannot be deleted.
 */
@Service
@Transactional
public class StoredShiftTypes {

    static final String AUDITED_AS = "shift-type";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    StoredShiftTypes(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Every shift type, by name. */
    @Transactional(readOnly = true)
    public List<DefinedShiftType> all() {
        Map<Long, List<BreakDetails>> breaks = new HashMap<>();
        jdbc.sql(
                        """
                select shift_type_id, name, duration_minutes, earliest_start_offset_minutes,
                    latest_start_offset_minutes
                from shift_type_break order by shift_type_id, position""")
                .query(rs -> {
                    breaks.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(breakOf(rs, 2));
                });
        return jdbc.sql("select * from shift_type order by name_key")
                .query((rs, row) -> map(rs, breaks.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<DefinedShiftType> find(long id) {
        List<BreakDetails> breaks = jdbc.sql(
                        """
                select name, duration_minutes, earliest_start_offset_minutes, latest_start_offset_minutes
                from shift_type_break where shift_type_id = ? order by position""")
                .param(id)
                .query((rs, row) -> breakOf(rs, 1))
                .list();
        return jdbc.sql("select * from shift_type where id = ?")
                .param(id)
                .query((rs, row) -> map(rs, breaks))
                .optional();
    }

    /** The shift type, or a not-found failure (404 in the API). */
    @Transactional(readOnly = true)
    public DefinedShiftType get(long id) {
        return find(id).orElseThrow(() -> KantorException.notFound("scheduling.shift-type.not-found", id));
    }

    /** The names of the contracts that allow the shift type, by name. */
    @Transactional(readOnly = true)
    public List<String> contractsAllowing(long id) {
        return jdbc.sql(
                        """
                select c.name from work_contract c join work_contract_shift_type a on a.contract_id = c.id
                where a.shift_type_id = ? order by c.name_key""")
                .param(id)
                .query(String.class)
                .list();
    }

    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public DefinedShiftType create(ShiftTypeDetails details) {
        ShiftType type = ShiftTypeRules.check(details);
        requireFreeName(type.id(), null);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                insert into shift_type (name, name_key, span_minutes, paid_minutes, start_granularity_minutes,
                    min_work_between_breaks_minutes, max_continuous_work_minutes, version)
                values (:name, :key, :span, :paid, :granularity, :minWork, :maxWork, 0)""")
                .params(parameters(type))
                .update(key, "id");
        long id = key.getKey().longValue();
        storeBreaks(id, type);
        DefinedShiftType created = get(id);
        audit.created(AUDITED_AS, id, created.name(), created.snapshot());
        return created;
    }

    /** Changes a shift type; refused with a conflict when someone changed it since {@code version}. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public DefinedShiftType change(long id, ShiftTypeDetails details, int version) {
        DefinedShiftType before = get(id);
        ShiftType type = ShiftTypeRules.check(details);
        requireFreeName(type.id(), id);
        Map<String, Object> params = parameters(type);
        params.put("id", id);
        params.put("version", version);
        int changed = jdbc.sql(
                        """
                update shift_type set name = :name, name_key = :key, span_minutes = :span, paid_minutes = :paid,
                    start_granularity_minutes = :granularity, min_work_between_breaks_minutes = :minWork,
                    max_continuous_work_minutes = :maxWork, version = version + 1
                where id = :id and version = :version""")
                .params(params)
                .update();
        if (changed == 0) {
            throw KantorException.conflict("error.concurrent-change");
        }
        jdbc.sql("delete from shift_type_break where shift_type_id = ?")
                .param(id)
                .update();
        storeBreaks(id, type);
        DefinedShiftType after = get(id);
        audit.changed(AUDITED_AS, id, after.name(), AuditAction.UPDATED, before.snapshot(), after.snapshot());
        return after;
    }

    /**
     * Deletes a shift type defined by mistake or no longer worked; refused with a conflict while a
     * contract allows it, or when someone changed it since {@code version}.
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public DefinedShiftType remove(long id, int version) {
        DefinedShiftType type = get(id);
        List<String> contracts = contractsAllowing(id);
        if (!contracts.isEmpty()) {
            throw KantorException.conflict("scheduling.shift-type.in-use", String.join(", ", contracts));
        }
        int removed;
        try {
            removed = jdbc.sql("delete from shift_type where id = ? and version = ?")
                    .params(id, version)
                    .update();
        } catch (DataIntegrityViolationException e) {
            // a contract came to allow it in the meantime; the transaction can no longer say which
            throw KantorException.conflict("scheduling.shift-type.in-use-now");
        }
        if (removed == 0) {
            throw KantorException.conflict("error.concurrent-change");
        }
        audit.deleted(AUDITED_AS, id, type.name(), type.snapshot());
        return type;
    }

    private void storeBreaks(long id, ShiftType type) {
        for (int i = 0; i < type.breaks().size(); i++) {
            var rule = type.breaks().get(i);
            jdbc.sql(
                            """
                    insert into shift_type_break (shift_type_id, position, name, duration_minutes,
                        earliest_start_offset_minutes, latest_start_offset_minutes)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            i,
                            rule.id(),
                            rule.durationMinutes(),
                            rule.earliestStartOffsetMinutes(),
                            rule.latestStartOffsetMinutes())
                    .update();
        }
    }

    private void requireFreeName(String name, Long id) {
        jdbc.sql("select id from shift_type where name_key = ?")
                .param(key(name))
                .query(Long.class)
                .optional()
                .filter(other -> !other.equals(id))
                .ifPresent(other -> {
                    throw new DuplicateValue("name", "scheduling.shift-type.name-taken", name);
                });
    }

    private static Map<String, Object> parameters(ShiftType type) {
        Map<String, Object> params = new HashMap<>();
        params.put("name", type.id());
        params.put("key", key(type.id()));
        params.put("span", type.spanMinutes());
        params.put("paid", type.paidMinutes());
        params.put("granularity", type.startGranularityMinutes());
        params.put("minWork", type.minWorkBetweenBreaksMinutes());
        params.put("maxWork", type.maxContinuousWorkMinutes());
        return params;
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static BreakDetails breakOf(ResultSet rs, int first) throws SQLException {
        return new BreakDetails(rs.getString(first), rs.getInt(first + 1), rs.getInt(first + 2), rs.getInt(first + 3));
    }

    private static DefinedShiftType map(ResultSet rs, List<BreakDetails> breaks) throws SQLException {
        return new DefinedShiftType(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getInt("span_minutes"),
                rs.getInt("paid_minutes"),
                rs.getInt("start_granularity_minutes"),
                breaks,
                rs.getInt("min_work_between_breaks_minutes"),
                rs.getInt("max_continuous_work_minutes"),
                rs.getInt("version"));
    }
}
