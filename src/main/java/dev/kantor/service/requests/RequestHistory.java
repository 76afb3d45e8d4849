package dev.kantor.service.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.platform.KantorException;
import dev.kantor.service.PastRequest;
import dev.kantor.service.catalogue.Catalogue;
import dev.kantor.service.catalogue.Offering;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests from the past written as they happened (the demo company's weeks of history): filed, perhaps resolved
 * and rated, the target met or missed by the business calendar as it is. Publishes nothing: history rings no bell.
 */
@Component
@Transactional
public class RequestHistory {

    private final RequestStore store;
    private final Catalogue catalogue;
    private final BusinessCalendars calendars;

    RequestHistory(RequestStore store, Catalogue catalogue, BusinessCalendars calendars) {
        this.store = store;
        this.catalogue = catalogue;
        this.calendars = calendars;
    }

    /**
     * Many past requests at once, in batches, without their form values or history lines: a load for measuring
     * the queue, not a history to read.
     *
     * @return how many were written
     */
    public int recordMany(List<PastRequest> requests) {
        java.util.Map<String, Offering> services = new java.util.HashMap<>();
        List<Object[]> rows = new java.util.ArrayList<>();
        for (PastRequest p : requests) {
            Offering service = services.computeIfAbsent(
                    p.serviceCode(),
                    code -> catalogue.byCode(code).orElseThrow(() -> KantorException.notFound("service.not-found")));
            Instant due = calendars.current().plus(p.filedAt(), service.target());
            boolean resolved = p.resolvedAt() != null;
            Boolean met = resolved
                    ? new TargetClock(calendars.current(), service.target(), p.filedAt(), p.resolvedAt(), List.of())
                            .met()
                    : null;
            rows.add(new Object[] {
                service.id(),
                service.departmentId(),
                p.requesterId(),
                (resolved ? RequestStatus.RESOLVED : RequestStatus.OPEN).name(),
                p.assigneeId(),
                RequestStore.ts(p.filedAt()),
                RequestStore.ts(p.filedAt()),
                resolved ? null : RequestStore.ts(due),
                RequestStore.ts(p.resolvedAt()),
                service.targetMinutes(),
                met,
                p.rating()
            });
        }
        store.insertMany(rows);
        return rows.size();
    }

    public long record(PastRequest p) {
        Offering service =
                catalogue.byCode(p.serviceCode()).orElseThrow(() -> KantorException.notFound("service.not-found"));
        Map<String, String> values = FormValues.check(
                service.fields(),
                p.values(),
                service.fields().stream()
                        .filter(f -> f.kind() == dev.kantor.service.FieldKind.ATTACHMENT)
                        .map(dev.kantor.service.FieldDefinition::name)
                        .collect(java.util.stream.Collectors.toSet()));
        Duration target = service.target();
        Instant due = calendars.current().plus(p.filedAt(), target);
        boolean resolved = p.resolvedAt() != null;
        long id = store.insert(
                        service.id(),
                        service.departmentId(),
                        p.requesterId(),
                        null,
                        null,
                        RequestStatus.OPEN,
                        p.assigneeId(),
                        p.filedAt(),
                        p.filedAt(),
                        due,
                        service.targetMinutes(),
                        values)
                .orElseThrow();
        store.comment(id, p.requesterId(), p.filedAt(), RequestComment.Kind.FILED, null);
        InternalRequest r = store.get(id);
        if (resolved) {
            TargetClock clock = new TargetClock(calendars.current(), target, p.filedAt(), p.resolvedAt(), List.of());
            store.update(
                    new InternalRequest(
                            id,
                            r.serviceId(),
                            r.departmentId(),
                            r.requesterId(),
                            null,
                            null,
                            RequestStatus.RESOLVED,
                            p.assigneeId(),
                            r.filedAt(),
                            r.startedAt(),
                            null,
                            p.resolvedAt(),
                            r.targetMinutes(),
                            clock.met(),
                            null,
                            p.rating(),
                            p.ratingComment(),
                            r.version(),
                            r.values()),
                    r.version());
            store.comment(id, p.assigneeId(), p.resolvedAt(), RequestComment.Kind.RESOLVED, null);
            if (p.rating() != null) {
                Instant ratedAt = p.resolvedAt().plus(Duration.ofHours(1));
                store.rated(id, ratedAt);
                store.comment(
                        id,
                        p.requesterId(),
                        ratedAt,
                        RequestComment.Kind.RATED,
                        p.rating() + (p.ratingComment() == null ? "" : " " + p.ratingComment()));
            }
        }
        return id;
    }
}
