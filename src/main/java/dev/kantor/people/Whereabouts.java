package dev.kantor.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.kantor.platform.BusinessZone;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.security.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where an employee can be found, kept on their record so that a colleague can bring a customer to them: a desk
 * or counter, a floor, a phone extension, or "remote today", in their own words. Each employee writes their own;
 * HR and admins may write anyone's. Who works from home today by an approved work arrangement comes from
 * {@link RemoteWork}, whichever module implements it.
 */
@Service
@Transactional
public class Whereabouts {

    /** The most a line may say. */
    public static final int MAX = 120;

    private final JdbcClient jdbc;
    private final ObjectProvider<RemoteWork> remoteWork;
    private final ObjectProvider<BusinessZone> zone;
    private final Clock clock;

    Whereabouts(
            JdbcClient jdbc, ObjectProvider<RemoteWork> remoteWork, ObjectProvider<BusinessZone> zone, Clock clock) {
        this.jdbc = jdbc;
        this.remoteWork = remoteWork;
        this.zone = zone;
        this.clock = clock;
    }

    /** Today in the business's zone. */
    private LocalDate today() {
        BusinessZone business = zone.getIfAvailable();
        return LocalDate.ofInstant(clock.instant(), business == null ? ZoneOffset.UTC : business.zone());
    }

    /** Those of these employees who work from home today by an approved work arrangement. */
    @Transactional(readOnly = true)
    public Set<Long> remoteToday(Collection<Long> employeeIds) {
        RemoteWork remote = remoteWork.getIfAvailable();
        return remote == null || employeeIds.isEmpty() ? Set.of() : remote.remoteOn(employeeIds, today());
    }

    /** Whether the employee works from home today by an approved work arrangement. */
    @Transactional(readOnly = true)
    public boolean remoteToday(long employeeId) {
        return remoteToday(List.of(employeeId)).contains(employeeId);
    }

    /** The employee's approved work arrangements from today on, each one line in the language given. */
    @Transactional(readOnly = true)
    public List<String> workArrangements(long employeeId, Locale language) {
        RemoteWork remote = remoteWork.getIfAvailable();
        return remote == null ? List.of() : remote.arrangementsOf(employeeId, today(), language);
    }

    /** Where the employee said they are, if they said. */
    @Transactional(readOnly = true)
    public Optional<String> of(long employeeId) {
        return jdbc.sql("select whereabouts from employee where id = ? and whereabouts is not null")
                .param(employeeId)
                .query(String.class)
                .optional();
    }

    /** Where each of these employees said they are; those who did not are left out. */
    @Transactional(readOnly = true)
    public Map<Long, String> of(Collection<Long> employeeIds) {
        Map<Long, String> found = new HashMap<>();
        if (employeeIds.isEmpty()) {
            return found;
        }
        jdbc.sql("select id, whereabouts from employee where whereabouts is not null and id in ("
                        + String.join(
                                ",", employeeIds.stream().map(String::valueOf).toList()) + ")")
                .query(rs -> {
                    found.put(rs.getLong(1), rs.getString(2));
                });
        return found;
    }

    /**
     * Records where the employee is; blank clears it.
     *
     * @throws KantorException FORBIDDEN for someone else's record, unless HR or an admin
     */
    public void record(long employeeId, String where) {
        Optional<KantorUser> user = CurrentUser.get();
        boolean own =
                user.map(KantorUser::employeeId).map(id -> id == employeeId).orElse(false);
        boolean administers =
                user.map(u -> u.role() == Role.HR || u.role() == Role.ADMIN).orElse(false);
        if (!own && !administers) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "whereabouts.not-yours");
        }
        new InputCheck().maxLength("where", where, MAX).throwIfAny();
        jdbc.sql("update employee set whereabouts = ? where id = ?")
                .params(where == null || where.isBlank() ? null : where.strip(), employeeId)
                .update();
    }
}
