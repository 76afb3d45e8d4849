package dev.kantor.cases;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Service targets per case type and priority, in business minutes. */
@Component
public class SlaTargets {

    /** The first-response and resolution targets of one kind of case. */
    public record Target(Duration firstResponse, Duration resolution) {
    }

    /** Targets change rarely; every case page and queue reads them, so they are kept for a minute. */
    private static final long RELOAD_AFTER_MILLIS = 60_000;

    private final JdbcClient jdbc;
    private volatile Map<CaseType, Map<Priority, Target>> cached;
    private volatile long loadedAt;

    SlaTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<CaseType, Map<Priority, Target>> all() {
        long now = System.currentTimeMillis();
        Map<CaseType, Map<Priority, Target>> targets = cached;
        if (targets == null || now - loadedAt > RELOAD_AFTER_MILLIS) {
            targets = load();
            cached = targets;
            loadedAt = now;
        }
        return targets;
    }

    private Map<CaseType, Map<Priority, Target>> load() {
        Map<CaseType, Map<Priority, Target>> targets = new EnumMap<>(CaseType.class);
        jdbc.sql("select * from sla_target").query(rs -> {
            targets.computeIfAbsent(CaseType.valueOf(rs.getString("case_type")), t -> new EnumMap<>(Priority.class))
                    .put(Priority.valueOf(rs.getString("priority")),
                            new Target(Duration.ofMinutes(rs.getInt("first_response_minutes")),
                                    Duration.ofMinutes(rs.getInt("resolution_minutes"))));
        });
        return targets;
    }

    public Target of(CaseType type, Priority priority) {
        Target target = all().getOrDefault(type, Map.of()).get(priority);
        // a target nobody set is generous rather than missing: two business days for both
        return target != null ? target : new Target(Duration.ofHours(16), Duration.ofHours(16));
    }
}
