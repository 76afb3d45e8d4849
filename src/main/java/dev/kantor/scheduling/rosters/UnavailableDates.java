package dev.kantor.scheduling.rosters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.TreeSet;

import dev.kantor.platform.InputCheck;
import dev.kantor.platform.InvalidInput;

/** Reads the dates someone cannot work as typed: ISO dates separated by commas, spaces or new lines. */
final class UnavailableDates {

    static final int MOST = 366;

    private UnavailableDates() {}

    /**
     * @throws InvalidInput naming {@code field} when a date cannot be read or lies outside the years Kantor keeps
     */
    static List<LocalDate> parse(String text, String field) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        for (String part : text.strip().split("[,;\\s]+")) {
            try {
                LocalDate date = LocalDate.parse(part);
                new InputCheck().date(field, date).throwIfAny();
                dates.add(date);
            } catch (DateTimeParseException e) {
                throw InvalidInput.of(
                        field, "scheduling.roster.bad-date", part.length() > 20 ? part.substring(0, 20) : part);
            }
        }
        if (dates.size() > MOST) {
            throw InvalidInput.of(field, "scheduling.roster.too-many-dates", MOST);
        }
        return List.copyOf(dates);
    }

    /** Dates given in code, checked as typed ones are. */
    static List<LocalDate> check(List<LocalDate> given, String field) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (LocalDate date : given) {
            new InputCheck().required(field, date).date(field, date).throwIfAny();
            dates.add(date);
        }
        if (dates.size() > MOST) {
            throw InvalidInput.of(field, "scheduling.roster.too-many-dates", MOST);
        }
        return List.copyOf(dates);
    }
}
