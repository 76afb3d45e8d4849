package dev.kantor.scheduling;

import java.util.List;

import dev.kantor.scheduling.shifts.DefinedShiftType;
import dev.kantor.scheduling.shifts.StoredShiftTypes;

import org.springframework.stereotype.Service;

/**
 * The kinds of shift the front office works, for other modules: everyone signed in reads them;
 * managers and admins (or Kantor itself, as for demo data) define them. A definition is checked by
 * the scheduling solver's own rules and recorded in the audit trail, as on the shift type pages.
 */
@Service
public class ShiftTypes {

    private final StoredShiftTypes stored;

    ShiftTypes(StoredShiftTypes stored) {
        this.stored = stored;
    }

    /** Every shift type, by name. */
    public List<ShiftTypeSummary> all() {
        return stored.all().stream().map(DefinedShiftType::summary).toList();
    }

    /**
     * The breaks of the shift type of this name, in the order they are taken, with the window each
     * may start in; empty when no shift type has the name (any more).
     */
    public List<BreakDetails> breaksOf(String name) {
        return stored.all().stream()
                .filter(type -> type.name().equals(name))
                .findFirst()
                .map(DefinedShiftType::breaks)
                .orElse(List.of());
    }

    /**
     * Defines a shift type.
     *
     * @throws dev.kantor.platform.InvalidInput   naming every field that breaks a rule
     * @throws dev.kantor.platform.DuplicateValue when another shift type has the name
     */
    public ShiftTypeSummary define(ShiftTypeDetails details) {
        return stored.create(details).summary();
    }
}
