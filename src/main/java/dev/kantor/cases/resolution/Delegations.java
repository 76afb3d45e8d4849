package dev.kantor.cases.resolution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import dev.kantor.cases.Delegation;
import dev.kantor.cases.ResolutionType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Delegated authority as stored. */
@Component
class Delegations {

    private final JdbcClient jdbc;

    Delegations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Delegation> all() {
        return jdbc.sql("select * from delegation order by scope, scope_id, action_type")
                .query(Delegations::delegation)
                .list();
    }

    Optional<Delegation> find(long id) {
        return jdbc.sql("select * from delegation where id = ?")
                .param(id)
                .query(Delegations::delegation)
                .optional();
    }

    Optional<Delegation> find(Delegation.Scope scope, long scopeId, ResolutionType type) {
        return jdbc.sql("select * from delegation where scope = ? and scope_id = ? and action_type = ?")
                .params(scope.name(), scopeId, type.name())
                .query(Delegations::delegation)
                .optional();
    }

    List<Delegation> forEmployeeOrPosition(long employeeId, Long positionId) {
        return jdbc.sql(
                        """
                select * from delegation
                where (scope = 'EMPLOYEE' and scope_id = :employee) or (scope = 'POSITION' and scope_id = :position)""")
                .param("employee", employeeId)
                .param("position", positionId == null ? -1 : positionId)
                .query(Delegations::delegation)
                .list();
    }

    /** Creates or changes the delegation for a scope and kind of action. */
    void save(Delegation.Scope scope, long scopeId, ResolutionType type, long maxPerAction, long maxPerDay) {
        int changed = jdbc.sql(
                        """
                update delegation set max_per_action = ?, max_per_day = ?, version = version + 1
                where scope = ? and scope_id = ? and action_type = ?""")
                .params(maxPerAction, maxPerDay, scope.name(), scopeId, type.name())
                .update();
        if (changed == 0) {
            jdbc.sql(
                            """
                    insert into delegation (scope, scope_id, action_type, max_per_action, max_per_day)
                    values (?, ?, ?, ?, ?)""")
                    .params(scope.name(), scopeId, type.name(), maxPerAction, maxPerDay)
                    .update();
        }
    }

    void remove(long id) {
        jdbc.sql("delete from delegation where id = ?").param(id).update();
    }

    private static Delegation delegation(ResultSet rs, int row) throws SQLException {
        return new Delegation(
                rs.getLong("id"),
                Delegation.Scope.valueOf(rs.getString("scope")),
                rs.getLong("scope_id"),
                ResolutionType.valueOf(rs.getString("action_type")),
                rs.getLong("max_per_action"),
                rs.getLong("max_per_day"),
                rs.getInt("version"));
    }
}
