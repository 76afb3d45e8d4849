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
     * Defines a shift type.
     *
     * @throws dev.kantor.platform.InvalidInput   naming every field that breaks a rule
     * @throws dev.kantor.platform.DuplicateValue when another shift type has the name
     */
    public ShiftTypeSummary define(ShiftTypeDetails details) {
        return stored.create(details).summary();
    }
}
