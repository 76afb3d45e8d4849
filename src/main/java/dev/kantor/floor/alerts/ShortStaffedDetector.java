package dev.kantor.floor.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kantor.floor.coverage.IntervalCoverage;
import dev.kantor.floor.coverage.PersonDay;
import dev.kantor.floor.coverage.QueueDay;
import dev.kantor.routing.Presence;
import dev.kantor.routing.PresenceStatus;

/**
 * Whether a queue is short-staffed: fewer present than required in the interval under way, or fewer
 * expected than required in the next one. The stretch runs on through every following interval the
 * day as it goes leaves short, so that one alert covers it, and names who is missing now and why.
 */
final class ShortStaffedDetector {

    private ShortStaffedDetector() {}

    static Optional<Shortfall> check(QueueDay day, Map<Long, Presence> presence, Instant now) {
        List<IntervalCoverage> ahead = day.from(now);
        if (ahead.isEmpty()) {
            return Optional.empty();
        }
        IntervalCoverage first = ahead.get(0);
        boolean underWay = first.span().contains(now);
        int start;
        int counted;
        int shortBy;
        if (underWay && PresentCount.at(day, presence, now) < first.required()) {
            start = 0;
            counted = PresentCount.at(day, presence, now);
            shortBy = first.required() - counted;
        } else {
            start = underWay ? 1 : 0;
            if (start >= ahead.size() || !ahead.get(start).isShort()) {
                return Optional.empty();
            }
            counted = ahead.get(start).expected();
            shortBy = ahead.get(start).shortBy();
        }
        int end = start;
        while (end + 1 < ahead.size()
                && ahead.get(end + 1).isShort()
                && !ahead.get(end + 1)
                        .span()
                        .start()
                        .isAfter(ahead.get(end).span().end())) {
            end++;
            shortBy = Math.max(shortBy, ahead.get(end).shortBy());
        }
        return Optional.of(new Shortfall(
                day.queueId(),
                ahead.get(start).span().start(),
                ahead.get(end).span().end(),
                shortBy,
                ahead.get(start).required(),
                counted,
                causes(day, presence, now)));
    }

    /** Everyone the schedule plans on the queue now who is not in, and why. */
    static List<Shortfall.Cause> causes(QueueDay day, Map<Long, Presence> presence, Instant now) {
        List<Shortfall.Cause> causes = new ArrayList<>();
        for (PersonDay person : day.people()) {
            boolean planned = person.planned().stream().anyMatch(span -> span.contains(now));
            boolean onBreak = person.breakAt(now).isPresent();
            Presence status = presence.get(person.employeeId());
            if (person.absentAt(now)) {
                causes.add(new Shortfall.Cause(person.employeeId(), Shortfall.Reason.ABSENT));
            } else if (onBreak || (status != null && status.status() == PresenceStatus.ON_BREAK)) {
                if (planned || person.expectedAt(now) || onBreak) {
                    causes.add(new Shortfall.Cause(person.employeeId(), Shortfall.Reason.ON_BREAK));
                }
            } else if (person.expectedAt(now) && !PresentCount.isIn(status)) {
                causes.add(new Shortfall.Cause(person.employeeId(), Shortfall.Reason.LATE));
            }
        }
        return causes;
    }
}
