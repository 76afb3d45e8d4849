package dev.kantor.policies.handbook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.kantor.policies.Approach;
import dev.kantor.policies.PolicyCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Management's decisions per category, stored. */
@Component
public class Decisions {

    static final String AUDITED = "policy-decision";

    private final JdbcClient jdbc;

    Decisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Decision> all() {
        return jdbc.sql("select * from policy_decision order by category")
                .query(this::read)
                .list();
    }

    public Optional<Decision> of(PolicyCategory category) {
        return jdbc.sql("select * from policy_decision where category = ?")
                .param(category.name())
                .query(this::read)
                .optional();
    }

    void decide(PolicyCategory category, Approach approach, String reason, String by, Instant at) {
        int changed = jdbc.sql(
                        """
                update policy_decision set approach = ?, reason = ?, decided_by = ?, decided_at = ?,
                    signed_off_by = null, signed_off_at = null, version = version + 1
                where category = ?""")
                .params(approach.name(), reason, by, Timestamp.from(at), category.name())
                .update();
        if (changed == 0) {
            jdbc.sql(
                            """
                    insert into policy_decision (category, approach, reason, decided_by, decided_at)
                    values (?, ?, ?, ?, ?)""")
                    .params(category.name(), approach.name(), reason, by, Timestamp.from(at))
                    .update();
        }
    }

    /** @return whether it was signed off now (false when it was already, or changed meanwhile) */
    boolean signOff(PolicyCategory category, int expectedVersion, String by, Instant at) {
        int changed = jdbc.sql(
                        """
                update policy_decision set signed_off_by = ?, signed_off_at = ?, version = version + 1
                where category = ? and version = ?""")
                .params(by, Timestamp.from(at), category.name(), expectedVersion)
                .update();
        if (changed == 0) {
            throw new org.springframework.dao.OptimisticLockingFailureException("The decision changed meanwhile");
        }
        return true;
    }

    private Decision read(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Decision(
                PolicyCategory.valueOf(rs.getString("category")),
                Approach.valueOf(rs.getString("approach")),
                rs.getString("reason"),
                rs.getString("decided_by"),
                rs.getTimestamp("decided_at").toInstant(),
                rs.getString("signed_off_by"),
                rs.getTimestamp("signed_off_at") == null
                        ? null
                        : rs.getTimestamp("signed_off_at").toInstant(),
                rs.getInt("version"));
    }
}
