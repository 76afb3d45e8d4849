package dev.kantor.floor.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.floor.FloorBoard;
import dev.kantor.floor.FloorSnapshot;
import dev.kantor.floor.FloorSnapshot.QueueBoard;
import dev.kantor.floor.coverage.PersonDay;
import dev.kantor.floor.coverage.QueueDay;
import dev.kantor.routing.Presence;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.PresenceSource;
import dev.kantor.routing.PresenceStatus;
import dev.kantor.staffing.QueueSummary;
import dev.kantor.staffing.WorkQueues;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live board read in one pass: each queue's counted day, then everyone's presence, arrival and
 * name in one read each, whatever the number of queues and people.
 */
@Service
@Transactional(readOnly = true)
class StoredFloorBoard implements FloorBoard {

    private final WorkQueues queues;
    private final BoardDays days;
    private final PresenceBoard presence;
    private final StoredArrivals arrivals;
    private final BoardNames names;
    private final BusinessCalendars calendars;

    StoredFloorBoard(
            WorkQueues queues,
            BoardDays days,
            PresenceBoard presence,
            StoredArrivals arrivals,
            BoardNames names,
            BusinessCalendars calendars) {
        this.queues = queues;
        this.days = days;
        this.presence = presence;
        this.arrivals = arrivals;
        this.names = names;
        this.calendars = calendars;
    }

    @Override
    public FloorSnapshot snapshot(Instant now) {
        return new FloorSnapshot(now, dateAt(now), boards(queues.all(), now));
    }

    @Override
    public Optional<QueueBoard> queue(long queueId, Instant now) {
        return queues.find(queueId).map(queue -> boards(List.of(queue), now).get(0));
    }

    private LocalDate dateAt(Instant now) {
        return now.atZone(calendars.zone()).toLocalDate();
    }

    private List<QueueBoard> boards(List<QueueSummary> shown, Instant now) {
        LocalDate date = dateAt(now);
        Map<QueueSummary, QueueDay> counted = new LinkedHashMap<>();
        Map<Long, Boolean> preparing = new HashMap<>();
        Set<Long> everyone = new TreeSet<>();
        for (QueueSummary queue : shown) {
            QueueDay day = days.on(queue.id(), date);
            counted.put(queue, day);
            preparing.put(queue.id(), days.shiftsOn(queue.id(), date).preparing());
            day.people().stream().map(PersonDay::employeeId).forEach(everyone::add);
        }
        Map<Long, Presence> presences = presence.of(everyone);
        Map<Long, Instant> arrived = arrivals.on(date, everyone);
        recordPresenceArrivals(presences, arrived, date);
        Map<Long, String> names = this.names.of(everyone);
        List<QueueBoard> boards = new ArrayList<>();
        counted.forEach((queue, day) -> boards.add(QueueBoards.board(
                new QueueBoards.Queue(queue.id(), queue.name(), queue.channel().name(), preparing.get(queue.id())),
                day,
                presences,
                arrived,
                names,
                now)));
        return boards;
    }

    /**
     * Someone who set their own presence today has arrived, even if they never signed in on this node:
     * the presence kept says when, and is recorded as their arrival the first time the board sees it,
     * so that it still counts once the schedule's next state (a break, say) takes over.
     */
    private void recordPresenceArrivals(Map<Long, Presence> presences, Map<Long, Instant> arrived, LocalDate date) {
        presences.forEach((id, p) -> {
            if (!arrived.containsKey(id)
                    && p.source() == PresenceSource.MANUAL
                    && p.since() != null
                    && p.status() != PresenceStatus.OFF_DUTY
                    && dateAt(p.since()).equals(date)) {
                arrivals.record(id, p.since(), StoredArrivals.How.PRESENCE);
                arrived.put(id, p.since());
            }
        });
    }
}
