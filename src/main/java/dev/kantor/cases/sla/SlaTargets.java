package dev.kantor.cases.sla;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import dev.kantor.cases.CaseType;
import dev.kantor.cases.Priority;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Service targets per case type and priority, in business minutes. */
@Component
public class SlaTargets {

    /** The first-response and resolution targets of one kind of case; version 0 for a target never set. */
    public record Target(Duration firstResponse, Duration resolution, int version) {

        Target(Duration firstResponse, Duration resolution) {
            this(firstResponse, resolution, 0);
        }
    }

    /** The longest target anyone may set: a month of business time is a promise nobody keeps. */
    static final Duration LONGEST = Duration.ofDays(30);

    /** Targets change rarely; every case page and queue reads them, so they are kept for a minute. */
    private static final long RELOAD_AFTER_MILLIS = 60_000;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private volatile Map<CaseType, Map<Priority, Target>> cached;
    private volatile long loadedAt;

    SlaTargets(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Sets one kind of case's targets. The first response must come no later than the
     * resolution; both between a minute and {@link #LONGEST}. Changes nothing when the target
     * changed since {@code version} was read.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public Target change(CaseType type, Priority priority, Duration firstResponse, Duration resolution, int version) {
        new InputCheck()
                .required("type", type)
                .required("priority", priority)
                .required("firstResponse", firstResponse)
                .required("resolution", resolution)
                .throwIfAny();
        new InputCheck()
                .that(inRange(firstResponse), "firstResponse", "targets.validation.range")
                .that(inRange(resolution), "resolution", "targets.validation.range")
                .that(firstResponse.compareTo(resolution) <= 0, "firstResponse", "targets.validation.order")
                .throwIfAny();
        Target before = of(type, priority);
        int updated = jdbc.sql(
                        """
                update sla_target set first_response_minutes = ?, resolution_minutes = ?, version = version + 1
                where case_type = ? and priority = ? and version = ?""")
                .params(firstResponse.toMinutes(), resolution.toMinutes(), type.name(), priority.name(), version)
                .update();
        if (updated == 0) {
            boolean exists = jdbc.sql("select count(*) from sla_target where case_type = ? and priority = ?")
                            .params(type.name(), priority.name())
                            .query(Long.class)
                            .single()
                    > 0;
            if (exists || version != 0) {
                throw KantorException.conflict("error.concurrent-change");
            }
            jdbc.sql(
                            """
                    insert into sla_target (case_type, priority, first_response_minutes, resolution_minutes, version)
                    values (?, ?, ?, ?, 1)""")
                    .params(type.name(), priority.name(), firstResponse.toMinutes(), resolution.toMinutes())
                    .update();
        }
        audit.changed(
                "service-target",
                0,
                type + " " + priority,
                AuditAction.UPDATED,
                Map.of("firstResponse", minutes(before.firstResponse()), "resolution", minutes(before.resolution())),
                Map.of("firstResponse", minutes(firstResponse), "resolution", minutes(resolution)));
        cached = null;
        return of(type, priority);
    }

    private static boolean inRange(Duration d) {
        return d.toMinutes() >= 1 && d.compareTo(LONGEST) <= 0;
    }

    private static String minutes(Duration d) {
        return d.toMinutes() + " min";
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
                    .put(
                            Priority.valueOf(rs.getString("priority")),
                            new Target(
                                    Duration.ofMinutes(rs.getInt("first_response_minutes")),
                                    Duration.ofMinutes(rs.getInt("resolution_minutes")),
                                    rs.getInt("version")));
        });
        return targets;
    }

    public Target of(CaseType type, Priority priority) {
        Target target = all().getOrDefault(type, Map.of()).get(priority);
        // a target nobody set is generous rather than missing: two business days for both
        return target != null ? target : new Target(Duration.ofHours(16), Duration.ofHours(16));
    }
}
