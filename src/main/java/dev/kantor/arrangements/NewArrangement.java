package dev.kantor.arrangements;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import dev.kantor.policies.ArrangementKind;

/**
 * A work arrangement as an employee asks for it. Flextime names its band ({@code earliestStart} to {@code
 * latestEnd}, around the policy's core hours) from {@code validFrom}; telework names either recurring {@code
 * weekdays} from {@code validFrom} (until {@code validUntil}, if given) or {@code dates}, not both. Any field may
 * be missing, to be refused naming it.
 */
public record NewArrangement(
        ArrangementKind kind,
        LocalDate validFrom,
        LocalDate validUntil,
        LocalTime earliestStart,
        LocalTime latestEnd,
        Set<DayOfWeek> weekdays,
        List<LocalDate> dates,
        String note) {

    public NewArrangement {
        weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
        dates = dates == null
                ? List.of()
                : dates.stream().filter(d -> d != null).toList();
    }

    /** Telework on these weekdays from a day on. */
    public static NewArrangement telework(Set<DayOfWeek> weekdays, LocalDate from, LocalDate until, String note) {
        return new NewArrangement(ArrangementKind.TELEWORK, from, until, null, null, weekdays, List.of(), note);
    }

    /** Telework on these dates. */
    public static NewArrangement teleworkOn(List<LocalDate> dates, String note) {
        return new NewArrangement(ArrangementKind.TELEWORK, null, null, null, null, Set.of(), dates, note);
    }

    /** Flextime in this band from a day on. */
    public static NewArrangement flextime(
            LocalTime earliestStart, LocalTime latestEnd, LocalDate from, LocalDate until, String note) {
        return new NewArrangement(
                ArrangementKind.FLEXTIME, from, until, earliestStart, latestEnd, Set.of(), List.of(), note);
    }
}
