package dev.kantor.platform.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.kantor.platform.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records who created or changed which record, and what changed; modules call it inside the
 * transaction that makes the change, so a change and its audit entry stand or fall together.
 */
@Component
public class AuditTrail {

    private static final int MAX_CHANGES = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void created(String entityType, long entityId, String entityName, Map<String, String> snapshot) {
        insert(entityType, entityId, entityName, AuditAction.CREATED, Changes.of(snapshot));
    }

    public void imported(String entityType, long entityId, String entityName, Map<String, String> snapshot) {
        insert(entityType, entityId, entityName, AuditAction.IMPORTED, Changes.of(snapshot));
    }

    /** Records that a record is gone, with what it held. */
    public void deleted(String entityType, long entityId, String entityName, Map<String, String> snapshot) {
        insert(entityType, entityId, entityName, AuditAction.DELETED, Changes.of(snapshot));
    }

    /** Records a change; does nothing when the two snapshots are the same. */
    public void changed(
            String entityType,
            long entityId,
            String entityName,
            AuditAction action,
            Map<String, String> before,
            Map<String, String> after) {
        String changes = Changes.between(before, after);
        if (!changes.isEmpty()) {
            insert(entityType, entityId, entityName, action, changes);
        }
    }

    /** Records something that happened to a record, with the facts worth keeping about it. */
    public void noted(
            String entityType, long entityId, String entityName, AuditAction action, Map<String, String> facts) {
        insert(CurrentUser.username(), entityType, entityId, entityName, action, Changes.of(facts));
    }

    /**
     * Records something done by someone who is not signed in, such as failed sign-ins, naming
     * them as well as Kantor can tell (their client address).
     */
    public void notedFor(
            String actor,
            String entityType,
            long entityId,
            String entityName,
            AuditAction action,
            Map<String, String> facts) {
        insert(cut(actor, 60), entityType, entityId, cut(entityName, 200), action, Changes.of(facts));
    }

    private static String cut(String text, int max) {
        return text == null ? "" : text.length() > max ? text.substring(0, max) : text;
    }

    /** Whether a record had this happen to it since a moment: keeps a repeating event to one entry a while. */
    public boolean happenedSince(String entityType, String entityName, AuditAction action, Instant since) {
        return jdbc.sql(
                                """
                select count(*) from audit_event
                where entity_type = ? and entity_name = ? and action = ? and occurred_at >= ?""")
                        .params(entityType, cut(entityName, 200), action.name(), Timestamp.from(since))
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void insert(String entityType, long entityId, String entityName, AuditAction action, String changes) {
        insert(CurrentUser.username(), entityType, entityId, entityName, action, changes);
    }

    private void insert(
            String actor, String entityType, long entityId, String entityName, AuditAction action, String changes) {
        String text = changes.length() > MAX_CHANGES ? changes.substring(0, MAX_CHANGES - 1) + "…" : changes;
        jdbc.sql(
                        """
                insert into audit_event (occurred_at, actor, entity_type, entity_id, entity_name, action, changes)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(clock.instant()), actor, entityType, entityId, entityName, action.name(), text)
                .update();
    }

    /** The latest entries, newest first, optionally for one kind of record and matching a text. */
    public List<AuditEvent> latest(String entityType, String text, int limit) {
        String like = text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase() + "%";
        return jdbc.sql(
                        """
                select * from audit_event
                where (cast(:type as varchar) is null or entity_type = :type)
                  and (cast(:like as varchar) is null or lower(entity_name) like :like or lower(actor) like :like
                       or lower(changes) like :like)
                order by occurred_at desc, id desc
                limit :limit""")
                .param("type", entityType == null || entityType.isBlank() ? null : entityType)
                .param("like", like)
                .param("limit", limit)
                .query((rs, row) -> map(rs))
                .list();
    }

    /** Everything that happened to one record, newest first. */
    public List<AuditEvent> of(String entityType, long entityId) {
        return jdbc.sql(
                        "select * from audit_event where entity_type = ? and entity_id = ? order by occurred_at desc, id desc")
                .params(entityType, entityId)
                .query((rs, row) -> map(rs))
                .list();
    }

    private static AuditEvent map(java.sql.ResultSet rs) throws java.sql.SQLException {
        Instant at = rs.getTimestamp("occurred_at").toInstant();
        return new AuditEvent(
                rs.getLong("id"),
                at,
                rs.getString("actor"),
                rs.getString("entity_type"),
                rs.getLong("entity_id"),
                rs.getString("entity_name"),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("changes"));
    }
}
