package dev.kantor.arrangements.requests;

import java.time.LocalDate;
import java.util.List;

import dev.kantor.arrangements.ArrangementFigures;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The arrangements in force and pending, as the HR dashboard counts them. */
@Component
@Transactional(readOnly = true)
class HeldArrangements implements ArrangementFigures {

    private final ArrangementStore store;

    HeldArrangements(ArrangementStore store) {
        this.store = store;
    }

    @Override
    public List<Held> inForceBetween(LocalDate from, LocalDate to) {
        return store.approvedBetween(from, to).stream()
                .map(HeldArrangements::held)
                .toList();
    }

    @Override
    public List<Held> pending() {
        return store.pendingAll().stream().map(HeldArrangements::held).toList();
    }

    private static Held held(Arrangement a) {
        return new Held(a.id(), a.employeeId(), a.kind(), a.overrideReason() != null);
    }
}
