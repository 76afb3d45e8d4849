package dev.kantor.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.security.Role;
import dev.kantor.platform.web.Times;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where an employee can be found, kept on their record so that a colleague can bring a customer to them: a desk
 * or counter, a floor, a phone extension, and whether they are remote today. Each employee writes their own; HR
 * and admins may write anyone's. Remote today is what they said, or an approved work arrangement that has them
 * working from home today, which comes from {@link RemoteWork}, whichever module implements it.
 */
@Service
@Transactional
public class Whereabouts {

    /** The most the desk or counter may say. */
    public static final int MAX = 120;
    /** The most the floor may say. */
    public static final int MAX_FLOOR = 40;
    /** The most the phone extension may say. */
    public static final int MAX_EXTENSION = 20;

    /**
     * Where someone is, field by field; blank fields are null.
     *
     * @param desk        desk or counter, in their words ("Counter 3", "Desk 4 by the window")
     * @param floor       the floor ("2", "Ground")
     * @param extension   their phone extension
     * @param remoteToday working remotely today: walking a customer over is no use, calling is
     */
    public record Place(String desk, String floor, String extension, boolean remoteToday) {

        public Place {
            desk = clean(desk);
            floor = clean(floor);
            extension = clean(extension);
        }

        /** Nothing said. */
        public boolean empty() {
            return desk == null && floor == null && extension == null && !remoteToday;
        }

        /** The fields as one line, for what still reads the single line ("Desk 4 · 2 · 214"). */
        String line() {
            List<String> parts = new ArrayList<>();
            for (String part : new String[] {desk, floor, extension}) {
                if (part != null) {
                    parts.add(part);
                }
            }
            String line = String.join(" · ", parts);
            return line.isEmpty() ? null : line.length() > MAX ? line.substring(0, MAX) : line;
        }

        private static String clean(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /**
     * Everyone who works remotely on a day, whatever they can do: for a caller that keeps it for the day rather
     * than asking per person ("who can help now").
     *
     * @param day           the business's day it holds for
     * @param saidSo        those who said they work remotely that day
     * @param byArrangement those who work from home that day by an approved work arrangement
     */
    public record RemoteToday(LocalDate day, Set<Long> saidSo, Set<Long> byArrangement) {

        public RemoteToday {
            saidSo = Set.copyOf(saidSo);
            byArrangement = Set.copyOf(byArrangement);
        }

        /** Remote that day, as they said or by an arrangement: nobody walks a customer over to them. */
        public boolean remote(long employeeId) {
            return saidSo.contains(employeeId) || byArrangement.contains(employeeId);
        }

        /** Working from home that day by an approved work arrangement. */
        public boolean fromHome(long employeeId) {
            return byArrangement.contains(employeeId);
        }
    }

    private static final String SELECT = "select id, desk, floor_name, phone_extension, remote_on from employee";

    private final JdbcClient jdbc;
    private final ObjectProvider<Times> times;
    private final ObjectProvider<RemoteWork> remoteWork;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    /** @param times the business's zone, for "today"; absent only in a partial test context, which then uses UTC */
    Whereabouts(
            JdbcClient jdbc,
            ObjectProvider<Times> times,
            ObjectProvider<RemoteWork> remoteWork,
            Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.times = times;
        this.remoteWork = remoteWork;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Everyone who works remotely today, as they said or by an approved arrangement: two queries, whose answers
     * are as small as the number of people away from the office today.
     */
    @Transactional(readOnly = true)
    public RemoteToday remoteToday() {
        LocalDate today = today();
        Set<Long> said = Set.copyOf(jdbc.sql("select id from employee where remote_on = ?")
                .param(java.sql.Date.valueOf(today))
                .query(Long.class)
                .list());
        RemoteWork remote = remoteWork.getIfAvailable();
        return new RemoteToday(today, said, remote == null ? Set.of() : remote.remoteOn(today));
    }

    /**
     * An approved work arrangement of this employee that has them working from home began or ended: whoever keeps
     * where people work hears it as {@link WhereaboutsChanged}. Called by the module implementing {@link
     * RemoteWork}.
     */
    public void remoteWorkChanged(long employeeId) {
        events.publishEvent(new WhereaboutsChanged(employeeId));
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

    /** Where the employee said they are, if they said anything. */
    @Transactional(readOnly = true)
    public Optional<Place> of(long employeeId) {
        return Optional.ofNullable(of(List.of(employeeId)).get(employeeId));
    }

    /** Where each of these employees said they are; those who said nothing are left out. One query. */
    @Transactional(readOnly = true)
    public Map<Long, Place> of(Collection<Long> employeeIds) {
        return of(employeeIds, remoteToday(employeeIds));
    }

    /**
     * As {@link #of(Collection)}, for a caller that has already read who of them works from home today by an
     * approved arrangement ({@link #remoteToday(Collection)}), so that it is not read twice.
     */
    @Transactional(readOnly = true)
    public Map<Long, Place> of(Collection<Long> employeeIds, Set<Long> byArrangement) {
        Map<Long, Place> found = new HashMap<>();
        if (employeeIds.isEmpty()) {
            return found;
        }
        LocalDate today = today();
        // an approved arrangement to work from home counts as "remote today" as much as saying so
        jdbc.sql(SELECT + " where id in ("
                        + String.join(
                                ",", employeeIds.stream().map(String::valueOf).toList()) + ")")
                .query(rs -> {
                    java.sql.Date remoteOn = rs.getDate("remote_on");
                    Place place = new Place(
                            rs.getString("desk"),
                            rs.getString("floor_name"),
                            rs.getString("phone_extension"),
                            remoteOn != null && remoteOn.toLocalDate().equals(today)
                                    || byArrangement.contains(rs.getLong("id")));
                    if (!place.empty()) {
                        found.put(rs.getLong("id"), place);
                    }
                });
        return found;
    }

    /**
     * Records where the employee is; blank fields clear. "Remote today" holds for the business's today only.
     *
     * @throws KantorException FORBIDDEN for someone else's record, unless HR or an admin
     */
    public void record(long employeeId, Place where) {
        Optional<KantorUser> user = CurrentUser.get();
        boolean own =
                user.map(KantorUser::employeeId).map(id -> id == employeeId).orElse(false);
        boolean administers =
                user.map(u -> u.role() == Role.HR || u.role() == Role.ADMIN).orElse(false);
        if (!own && !administers) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "whereabouts.not-yours");
        }
        new InputCheck()
                .maxLength("desk", where.desk(), MAX)
                .maxLength("floor", where.floor(), MAX_FLOOR)
                .maxLength("extension", where.extension(), MAX_EXTENSION)
                .throwIfAny();
        jdbc.sql(
                        """
                        update employee set desk = ?, floor_name = ?, phone_extension = ?, remote_on = ?,
                            whereabouts = ?
                        where id = ?""")
                .params(
                        where.desk(),
                        where.floor(),
                        where.extension(),
                        where.remoteToday() ? java.sql.Date.valueOf(today()) : null,
                        where.line(),
                        employeeId)
                .update();
        events.publishEvent(new WhereaboutsChanged(employeeId));
    }

    private LocalDate today() {
        ZoneId zone = times.getIfAvailable(() -> Times.in(ZoneOffset.UTC)).zone();
        return clock.instant().atZone(zone).toLocalDate();
    }
}
