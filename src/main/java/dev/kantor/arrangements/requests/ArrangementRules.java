package dev.kantor.arrangements.requests;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.kantor.arrangements.NewArrangement;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.InvalidInput;
import dev.kantor.policies.ArrangementAllowance;
import dev.kantor.policies.ArrangementKind;

/**
 * The rules a request for a work arrangement must keep, against what the policy in force allows: the kind must be
 * allowed at all (refused naming the policy), telework names weekdays or dates (not both) and never more days in
 * a week than the policy allows, flextime's band starts at the latest when the core hours begin and ends at the
 * earliest when they end; nothing starts in the past. Plain Java.
 */
final class ArrangementRules {

    static final int MAX_NOTE = 1000;
    static final int MOST_DATES = 20;

    /** A request that keeps the rules, with the dates its time runs over and the core hours it was filed under. */
    record Terms(
            ArrangementKind kind,
            LocalDate validFrom,
            LocalDate validUntil,
            LocalTime earliestStart,
            LocalTime latestEnd,
            LocalTime coreFrom,
            LocalTime coreUntil,
            Set<DayOfWeek> weekdays,
            List<LocalDate> dates,
            String note) {}

    private ArrangementRules() {}

    /**
     * @throws InvalidInput naming each field that breaks a rule; {@code kind} when the policy does not allow it
     */
    static Terms check(NewArrangement r, ArrangementAllowance allowance, LocalDate today) {
        if (r.kind() == null) {
            throw InvalidInput.of("kind", "validation.required");
        }
        if (!allowance.allowed()) {
            throw allowance.policyTitle().isPresent()
                    ? InvalidInput.of(
                            "kind",
                            "arrangements.refused.by-policy." + r.kind(),
                            allowance.policyTitle().get())
                    : InvalidInput.of("kind", "arrangements.refused.no-policy." + r.kind());
        }
        InputCheck check = new InputCheck().maxLength("note", r.note(), MAX_NOTE);
        String note = r.note() == null || r.note().isBlank() ? null : r.note().strip();
        return r.kind() == ArrangementKind.TELEWORK
                ? telework(r, allowance, today, check, note)
                : flextime(r, allowance, today, check, note);
    }

    private static Terms telework(
            NewArrangement r, ArrangementAllowance allowance, LocalDate today, InputCheck check, String note) {
        int most = allowance.teleworkDaysPerWeek();
        if (!r.weekdays().isEmpty() && !r.dates().isEmpty()) {
            check.add("weekdays", "arrangements.weekdays-or-dates");
            check.throwIfAny();
        }
        if (r.weekdays().isEmpty() && r.dates().isEmpty()) {
            check.add("weekdays", "arrangements.days-required");
            check.throwIfAny();
        }
        if (!r.dates().isEmpty()) {
            TreeSet<LocalDate> dates = new TreeSet<>(r.dates());
            check.that(dates.size() <= MOST_DATES, "dates", "arrangements.too-many-dates", MOST_DATES);
            for (LocalDate d : dates) {
                check.date("dates", d);
                if (!check.hasProblem("dates") && d.isBefore(today)) {
                    check.add("dates", "arrangements.in-the-past");
                }
            }
            if (!check.hasProblem("dates")) {
                Map<String, Integer> perWeek = new TreeMap<>();
                WeekFields iso = WeekFields.ISO;
                for (LocalDate d : dates) {
                    perWeek.merge(d.get(iso.weekBasedYear()) + "-" + d.get(iso.weekOfWeekBasedYear()), 1, Integer::sum);
                }
                if (perWeek.values().stream().anyMatch(n -> n > most)) {
                    tooMany(check, "dates", allowance);
                }
            }
            check.throwIfAny();
            return new Terms(
                    ArrangementKind.TELEWORK,
                    dates.first(),
                    dates.last(),
                    null,
                    null,
                    null,
                    null,
                    Set.of(),
                    List.copyOf(dates),
                    note);
        }
        if (r.weekdays().size() > most) {
            tooMany(check, "weekdays", allowance);
        }
        period(r, today, check);
        check.throwIfAny();
        return new Terms(
                ArrangementKind.TELEWORK,
                r.validFrom(),
                r.validUntil(),
                null,
                null,
                null,
                null,
                r.weekdays(),
                List.of(),
                note);
    }

    /**
     * Telework days add up: in no week of the new request's first year may its days and those of the employee's
     * other telework (waiting or approved) together pass what the policy allows.
     *
     * @throws InvalidInput naming {@code weekdays} (or {@code dates}) when some week has too many
     */
    static void checkWeeklyTotal(Terms t, List<Arrangement> others, ArrangementAllowance allowance) {
        if (t.kind() != ArrangementKind.TELEWORK) {
            return;
        }
        Arrangement probe = probe(t);
        List<Arrangement> counted = others.stream()
                .filter(a -> a.kind() == ArrangementKind.TELEWORK
                        && (a.status() == ArrangementStatus.PENDING || a.status() == ArrangementStatus.APPROVED))
                .toList();
        LocalDate last = t.validFrom().plusDays(366);
        if (t.validUntil() != null && t.validUntil().isBefore(last)) {
            last = t.validUntil();
        }
        Map<String, Integer> perWeek = new TreeMap<>();
        WeekFields iso = WeekFields.ISO;
        for (LocalDate d = t.validFrom(); !d.isAfter(last); d = d.plusDays(1)) {
            LocalDate day = d;
            if (!probe.applies(day)) {
                continue;
            }
            String week = day.get(iso.weekBasedYear()) + "-" + day.get(iso.weekOfWeekBasedYear());
            if (perWeek.containsKey(week)) {
                continue;
            }
            LocalDate monday = day.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            int days = 0;
            for (int i = 0; i < 7; i++) {
                LocalDate w = monday.plusDays(i);
                boolean mine = probe.applies(w);
                boolean theirs = counted.stream().anyMatch(a -> a.applies(w));
                days += mine || theirs ? 1 : 0;
            }
            perWeek.put(week, days);
            if (days > allowance.teleworkDaysPerWeek()) {
                InputCheck check = new InputCheck();
                tooMany(check, t.dates().isEmpty() ? "weekdays" : "dates", allowance);
                check.throwIfAny();
            }
        }
    }

    /** The terms as an arrangement, to ask which days it applies to. */
    private static Arrangement probe(Terms t) {
        return new Arrangement(
                0,
                0,
                t.kind(),
                ArrangementStatus.PENDING,
                t.validFrom(),
                t.validUntil(),
                t.earliestStart(),
                t.latestEnd(),
                t.coreFrom(),
                t.coreUntil(),
                t.weekdays(),
                t.dates(),
                t.note(),
                null,
                null,
                java.time.Instant.EPOCH,
                null,
                null,
                null,
                null,
                0,
                null,
                0);
    }

    private static void tooMany(InputCheck check, String field, ArrangementAllowance allowance) {
        if (allowance.policyTitle().isPresent()) {
            check.add(
                    field,
                    "arrangements.too-many-days.by-policy",
                    allowance.teleworkDaysPerWeek(),
                    allowance.policyTitle().get());
        } else {
            check.add(field, "arrangements.too-many-days", allowance.teleworkDaysPerWeek());
        }
    }

    private static Terms flextime(
            NewArrangement r, ArrangementAllowance allowance, LocalDate today, InputCheck check, String note) {
        check.required("earliestStart", r.earliestStart()).required("latestEnd", r.latestEnd());
        LocalTime coreFrom = allowance.coreFrom().orElse(null);
        LocalTime coreUntil = allowance.coreUntil().orElse(null);
        if (r.earliestStart() != null && r.latestEnd() != null) {
            if (!r.latestEnd().isAfter(r.earliestStart())) {
                check.add("latestEnd", "arrangements.band-ends-before-start");
            } else {
                if (coreFrom != null && r.earliestStart().isAfter(coreFrom)) {
                    check.add("earliestStart", "arrangements.band-starts-after-core", coreFrom.toString());
                }
                if (coreUntil != null && r.latestEnd().isBefore(coreUntil)) {
                    check.add("latestEnd", "arrangements.band-ends-before-core", coreUntil.toString());
                }
            }
        }
        period(r, today, check);
        check.throwIfAny();
        return new Terms(
                ArrangementKind.FLEXTIME,
                r.validFrom(),
                r.validUntil(),
                r.earliestStart(),
                r.latestEnd(),
                coreFrom,
                coreUntil,
                Set.of(),
                List.of(),
                note);
    }

    private static void period(NewArrangement r, LocalDate today, InputCheck check) {
        check.required("validFrom", r.validFrom())
                .date("validFrom", r.validFrom())
                .date("validUntil", r.validUntil());
        if (!check.hasProblem("validFrom") && r.validFrom().isBefore(today)) {
            check.add("validFrom", "arrangements.in-the-past");
        }
        if (!check.hasProblem("validFrom")
                && !check.hasProblem("validUntil")
                && r.validUntil() != null
                && r.validUntil().isBefore(r.validFrom())) {
            check.add("validUntil", "arrangements.until-before-from");
        }
    }
}
