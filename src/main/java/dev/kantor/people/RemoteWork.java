package dev.kantor.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who works remotely, by an approved work arrangement: implemented by the module that keeps work arrangements.
 * The directory, the employee's page and "who can help now" (through {@link Whereabouts}) ask it. Until a module
 * implements it, nobody works remotely. The implementation tells {@link Whereabouts#remoteWorkChanged(long)} when
 * an arrangement that has someone working from home begins or ends, so that what others keep of it is read again.
 */
public interface RemoteWork {

    /** Those of these employees who work from home that day. */
    Set<Long> remoteOn(Collection<Long> employeeIds, LocalDate day);

    /** Everyone who works from home that day. */
    Set<Long> remoteOn(LocalDate day);

    /** The employee's approved arrangements running on or after the day, each one line in the language given. */
    List<String> arrangementsOf(long employeeId, LocalDate from, Locale language);
}
