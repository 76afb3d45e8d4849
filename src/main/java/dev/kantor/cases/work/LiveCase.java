package dev.kantor.cases.work;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import dev.kantor.cases.customercase.Cases;
import dev.kantor.cases.customercase.CustomerCase;
import dev.kantor.cases.timeline.CaseTimeline;
import dev.kantor.cases.timeline.EntryKind;
import dev.kantor.cases.timeline.TimelineEntry;
import dev.kantor.cases.viewers.CaseViewers;
import dev.kantor.cases.work.CaseController.EmployeeNames;
import dev.kantor.platform.KantorException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What happened on a case since its page last looked, and who else has it open: the new entries
 * of the timeline, a notice for each one someone else wrote or did ("the customer wrote again",
 * "Dewi Lestari set the status to Waiting on customer"), and the case as it stands now. Everything
 * is read from the database, so any node answers any page.
 */
@Component
class LiveCase {

    /**
     * What is new since the entry {@code after}.
     *
     * @param after        the newest entry the page shows with these
     * @param customerCase the case now, when anything is new; null otherwise
     */
    record News(
            long after,
            List<TimelineLines.Line> lines,
            List<String> notices,
            CustomerCase customerCase,
            String ownerName) {

        public boolean any() {
            return !lines.isEmpty();
        }
    }

    private final CaseTimeline timeline;
    private final CaseViewers viewers;
    private final Cases cases;
    private final MessageSource messages;

    LiveCase(CaseTimeline timeline, CaseViewers viewers, Cases cases, MessageSource messages) {
        this.timeline = timeline;
        this.viewers = viewers;
        this.cases = cases;
        this.messages = messages;
    }

    /**
     * Says that {@code me} has the case's page open, and answers the names of the others who have
     * it open. An account that is nobody's sees the others and is seen by nobody.
     */
    List<String> viewers(long caseId, Long me, EmployeeNames names) {
        if (me != null) {
            viewers.looking(caseId, me);
        }
        return viewers.othersLooking(caseId, me == null ? -1 : me).stream()
                .map(names::of)
                .toList();
    }

    News since(long caseId, long after, Long me, EmployeeNames names, Locale locale) {
        List<TimelineEntry> entries = timeline.after(caseId, after);
        if (entries.isEmpty()) {
            return new News(after, List.of(), List.of(), null, null);
        }
        CustomerCase c =
                cases.findById(caseId).orElseThrow(() -> KantorException.notFound("error.case-not-found", caseId));
        List<TimelineLines.Line> lines = TimelineLines.of(entries, messages, locale, names::of);
        // what the reader did themselves needs no notice
        List<String> notices = IntStream.range(0, entries.size())
                .filter(i -> !isBy(entries.get(i), me))
                .mapToObj(i -> notice(entries.get(i), lines.get(i), names, locale))
                .distinct()
                .toList();
        long newest = entries.stream().mapToLong(TimelineEntry::id).max().orElse(after);
        return new News(
                Math.max(after, newest), lines, notices, c, c.getOwnerId() == null ? null : names.of(c.getOwnerId()));
    }

    private static boolean isBy(TimelineEntry e, Long me) {
        return !e.byCustomer() && e.authorId() != null && e.authorId().equals(me);
    }

    private String notice(TimelineEntry e, TimelineLines.Line line, EmployeeNames names, Locale locale) {
        if (e.byCustomer() && e.kind() == EntryKind.CUSTOMER_MESSAGE) {
            return messages.getMessage("cases.live.customer-wrote", null, locale);
        }
        String who = e.byCustomer()
                ? messages.getMessage("cases.change.customer", null, locale)
                : e.authorId() == null
                        ? messages.getMessage("cases.change.kantor", null, locale)
                        : names.of(e.authorId());
        return messages.getMessage("cases.live.entry", new Object[] {who, line.text()}, locale);
    }
}
