package dev.kantor.cases.customercase;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;

import dev.kantor.platform.KantorException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The record of every change of a case's status, owner and priority, and the rule built on it: a
 * change based on an older version of a case goes through unless the same field changed since.
 * Two people replying, or the customer writing while an agent types, never conflict.
 */
@Component
public class FieldChanges {

    private final JdbcClient jdbc;

    FieldChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Refuses a change of these fields of a case read at {@code readVersion} when any of them
     * changed since, saying who changed what.
     *
     * @throws CaseChangedMeanwhile with the changes of those fields since the version read
     */
    public void requireUnchanged(CustomerCase c, int readVersion, CaseField... fields) {
        if (c.getVersion() != null && c.getVersion() == readVersion) {
            return;
        }
        if (c.getVersion() != null && readVersion > c.getVersion()) {
            // a version the case never had was not read from it: nothing typed can be trusted to fit
            throw KantorException.conflict("error.concurrent-change");
        }
        List<FieldChange> since = since(c.getId(), readVersion, fields);
        if (!since.isEmpty()) {
            throw new CaseChangedMeanwhile(since, c.getVersion());
        }
    }

    /** The changes of these fields of a case after a version, oldest first. */
    public List<FieldChange> since(long caseId, int version, CaseField... fields) {
        if (fields.length == 0) {
            return List.of();
        }
        return jdbc.sql(
                        """
                select * from case_field_change
                where case_id = :caseId and version > :version and field in (:fields)
                order by version, id""")
                .param("caseId", caseId)
                .param("version", version)
                .param("fields", Arrays.stream(fields).map(Enum::name).toList())
                .query((rs, row) -> new FieldChange(
                        rs.getLong("case_id"),
                        rs.getInt("version"),
                        CaseField.valueOf(rs.getString("field")),
                        rs.getString("old_value"),
                        rs.getString("new_value"),
                        (Long) rs.getObject("changed_by", Long.class),
                        rs.getBoolean("by_customer"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    void record(List<FieldChange> changes) {
        for (FieldChange c : changes) {
            jdbc.sql(
                            """
                    insert into case_field_change (case_id, version, field, old_value, new_value, changed_by, by_customer, at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            c.caseId(),
                            c.version(),
                            c.field().name(),
                            c.from(),
                            c.to(),
                            c.by(),
                            c.byCustomer(),
                            Timestamp.from(c.at()))
                    .update();
        }
    }
}
