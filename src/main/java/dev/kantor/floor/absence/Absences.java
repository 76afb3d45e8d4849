package dev.kantor.floor.absence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.floor.MarkAbsence;
import dev.kantor.people.People;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceSource;
import dev.kantor.routing.PresenceStatus;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marking people absent, for front-office managers and admins (agents are refused): the absence is
 * stored and audited, and someone absent now is shown off duty (for the rest of the day) or away
 * (back at its end) at once. Undoing it, against the version seen, keeps the row and audits that too.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class Absences {

    static final String AUDITED = "floor-absence";

    private static final int NOTE_LENGTH = 500;

    private final StoredAbsences stored;
    private final People people;
    private final PresenceBoard presence;
    private final AuditTrail audit;
    private final BusinessCalendars calendars;
    private final Clock clock;

    Absences(
            StoredAbsences stored,
            People people,
            PresenceBoard presence,
            AuditTrail audit,
            BusinessCalendars calendars,
            Clock clock) {
        this.stored = stored;
        this.people = people;
        this.presence = presence;
        this.audit = audit;
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * @throws InvalidInput naming {@code employeeId}, {@code reason}, {@code note}, {@code from} or
     *                      {@code until}
     */
    public Absence mark(MarkAbsence command) {
        new InputCheck()
                .required("employeeId", command.employeeId())
                .required("reason", command.reason())
                .maxLength("note", command.note(), NOTE_LENGTH)
                .moment("from", command.from())
                .moment("until", command.until())
                .throwIfAny();
        long employeeId = command.employeeId();
        String name = people.nameOf(employeeId)
                .orElseThrow(() -> InvalidInput.of("employeeId", "floor.absence.no-such-person"));
        Instant now = clock.instant();
        ZoneId zone = calendars.zone();
        Instant from = command.from() == null ? now : command.from();
        Instant until = command.until() == null ? endOfDay(from, zone) : command.until();
        if (!until.isAfter(from)) {
            throw InvalidInput.of("until", "floor.absence.until-before-from");
        }
        if (!until.isAfter(now)) {
            throw InvalidInput.of("until", "floor.absence.over");
        }
        String note = command.note() == null || command.note().isBlank()
                ? null
                : command.note().strip();
        long id = stored.insert(employeeId, from, until, command.reason(), note, CurrentUser.username(), now);
        Absence absence = stored.find(id).orElseThrow();
        audit.created(AUDITED, id, name, facts(absence));
        // decided on the times given, not as stored: the database may round them to the microsecond
        if (!now.isBefore(from) && now.isBefore(until)) {
            if (until.equals(endOfDay(from, zone))) {
                presence.set(employeeId, PresenceStatus.OFF_DUTY, null, PresenceSource.MANUAL);
            } else {
                presence.set(employeeId, PresenceStatus.AWAY, until, PresenceSource.MANUAL);
            }
        }
        return absence;
    }

    /**
     * Undoes an absence as it was at {@code version}.
     *
     * @throws KantorException not found; conflict when it changed since or was already undone
     */
    public Absence undo(long id, int version) {
        Absence absence = get(id);
        if (absence.undone() || !stored.undo(id, version, CurrentUser.username(), clock.instant())) {
            throw KantorException.conflict("error.concurrent-change");
        }
        Absence undone = get(id);
        audit.noted(AUDITED, id, people.nameOf(absence.employeeId()).orElse(""), AuditAction.DELETED, facts(absence));
        return undone;
    }

    /** @throws KantorException not found */
    @Transactional(readOnly = true)
    public Absence get(long id) {
        return stored.find(id).orElseThrow(() -> KantorException.notFound("floor.absence.not-found"));
    }

    /** The absences standing on the business day {@code date}, by start. */
    @Transactional(readOnly = true)
    public List<Absence> on(LocalDate date) {
        ZoneId zone = calendars.zone();
        return stored.standing(
                date.atStartOfDay(zone).toInstant(),
                date.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The business day it is now. */
    @Transactional(readOnly = true)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(calendars.zone()));
    }

    /** The end of the business day {@code at} falls in: the start of the next. */
    static Instant endOfDay(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static Map<String, String> facts(Absence absence) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("from", absence.from().toString());
        facts.put("until", absence.until().toString());
        facts.put("reason", absence.reason().name());
        if (absence.note() != null) {
            facts.put("note", absence.note());
        }
        return facts;
    }
}
