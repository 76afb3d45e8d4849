package dev.kantor.floor.breaks;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import dev.kantor.scheduling.TakenBreaks;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells scheduling's presence where the breaks agreed or taken on the floor lie, so that presence follows them. */
@Component
@Transactional(readOnly = true)
class BreaksForPresence implements TakenBreaks {

    private final StoredBreaks breaks;

    BreaksForPresence(StoredBreaks breaks) {
        this.breaks = breaks;
    }

    @Override
    public Map<Long, Map<Integer, TakenBreak>> of(Collection<Long> shiftIds) {
        Map<Long, Map<Integer, TakenBreak>> taken = new HashMap<>();
        for (dev.kantor.floor.breaks.TakenBreak row : breaks.ofShifts(shiftIds)) {
            taken.computeIfAbsent(row.shiftId(), id -> new HashMap<>())
                    .put(row.position(), new TakenBreak(row.startsAt(), row.endsAt()));
        }
        return taken;
    }
}
