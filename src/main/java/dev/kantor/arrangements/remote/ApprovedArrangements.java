package dev.kantor.arrangements.remote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.kantor.arrangements.requests.Arrangement;
import dev.kantor.arrangements.requests.ArrangementStore;
import dev.kantor.arrangements.requests.ArrangementWords;
import dev.kantor.people.RemoteWork;
import dev.kantor.policies.ArrangementKind;
import dev.kantor.scheduling.CalendarEntries;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approved arrangements as other modules see them: a telework day makes the person remote that day (the
 * directory, their page, "who can help now"), and each telework day is a whole-day entry of their calendar feed,
 * as is the first day of flextime with its band.
 */
@Component
@Transactional(readOnly = true)
class ApprovedArrangements implements RemoteWork, CalendarEntries {

    private final ArrangementStore store;
    private final ArrangementWords words;
    private final MessageSource messages;

    ApprovedArrangements(ArrangementStore store, ArrangementWords words, MessageSource messages) {
        this.store = store;
        this.words = words;
        this.messages = messages;
    }

    @Override
    public Set<Long> remoteOn(Collection<Long> employeeIds, LocalDate day) {
        Set<Long> remote = new HashSet<>();
        for (Arrangement a : store.approvedOn(employeeIds, day)) {
            if (a.teleworkOn(day)) {
                remote.add(a.employeeId());
            }
        }
        return remote;
    }

    @Override
    public Set<Long> remoteOn(LocalDate day) {
        // everyone's: the store reads all approved on the day when given no one in particular
        return remoteOn(null, day);
    }

    @Override
    public List<String> arrangementsOf(long employeeId, LocalDate from, Locale language) {
        return store.approvedFrom(employeeId, from).stream()
                .map(a -> words.line(a, language))
                .toList();
    }

    @Override
    public List<Entry> of(long employeeId, LocalDate from, LocalDate until, Locale language) {
        List<Entry> entries = new ArrayList<>();
        for (Arrangement a : store.approvedFrom(employeeId, from)) {
            if (a.kind() == ArrangementKind.FLEXTIME) {
                if (!a.validFrom().isBefore(from) && !a.validFrom().isAfter(until)) {
                    entries.add(new Entry("arrangement-" + a.id(), a.validFrom(), words.line(a, language)));
                }
                continue;
            }
            String summary = messages.getMessage("arrangements.feed.telework", null, language);
            LocalDate first = a.validFrom().isAfter(from) ? a.validFrom() : from;
            LocalDate last = a.validUntil() != null && a.validUntil().isBefore(until) ? a.validUntil() : until;
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                if (a.teleworkOn(d)) {
                    entries.add(new Entry("arrangement-" + a.id() + "-" + d, d, summary));
                }
            }
        }
        return entries;
    }
}
