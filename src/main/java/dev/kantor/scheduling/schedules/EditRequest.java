package dev.kantor.scheduling.schedules;

import java.time.LocalDate;
import java.time.LocalTime;

import dev.kantor.platform.InputCheck;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A hand edit as the page and the API send it: what kind, the version it is based on, and the fields
 * that kind needs.
 */
@Schema(
        name = "ScheduleEdit",
        description = "MOVE_BREAK: shiftId, breakPosition (from 0), start. SWAP: day, employeeId, otherEmployeeId. "
                + "REMOVE: shiftId. ADD: employeeId, day, shiftType, start (the breaks are placed where coverage can spare "
                + "them). PIN: shiftId, pinned. Times HH:mm, on the 15-minute grid.")
public record EditRequest(
        @Schema(requiredMode = RequiredMode.REQUIRED) Kind kind,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "The schedule's version the edit is based on")
                Integer version,
        Long shiftId,
        Integer breakPosition,
        @Schema(type = "string", example = "12:30") @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime start,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        Long employeeId,
        Long otherEmployeeId,
        String shiftType,
        Boolean pinned) {

    /** The kinds of hand edit. */
    public enum Kind {
        MOVE_BREAK,
        SWAP,
        REMOVE,
        ADD,
        PIN
    }

    /** The edit it asks for, once every field its kind needs is there. */
    HandEdit edit() {
        InputCheck check = new InputCheck().required("kind", kind).required("version", version);
        if (kind != null) {
            switch (kind) {
                case MOVE_BREAK ->
                    check.required("shiftId", shiftId)
                            .required("breakPosition", breakPosition)
                            .required("start", start);
                case SWAP ->
                    check.required("day", day)
                            .date("day", day)
                            .required("employeeId", employeeId)
                            .required("otherEmployeeId", otherEmployeeId);
                case REMOVE -> check.required("shiftId", shiftId);
                case ADD ->
                    check.required("employeeId", employeeId)
                            .required("day", day)
                            .date("day", day)
                            .required("shiftType", shiftType, 100)
                            .required("start", start);
                case PIN -> check.required("shiftId", shiftId).required("pinned", pinned);
            }
        }
        check.throwIfAny();
        return switch (kind) {
            case MOVE_BREAK -> new HandEdit.MoveBreak(shiftId, breakPosition, start);
            case SWAP -> new HandEdit.Swap(day, employeeId, otherEmployeeId);
            case REMOVE -> new HandEdit.Remove(shiftId);
            case ADD -> new HandEdit.Add(employeeId, day, shiftType, start);
            case PIN -> new HandEdit.Pin(shiftId, pinned);
        };
    }
}
