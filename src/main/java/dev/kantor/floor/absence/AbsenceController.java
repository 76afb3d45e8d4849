package dev.kantor.floor.absence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.floor.AbsenceReason;
import dev.kantor.floor.MarkAbsence;
import dev.kantor.people.Employee;
import dev.kantor.people.People;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.FormProblems;
import dev.kantor.scheduling.DayRepairPreview;
import dev.kantor.scheduling.PublishedShift;
import dev.kantor.scheduling.PublishedShifts;
import dev.kantor.scheduling.SchedulePublished;
import dev.kantor.staffing.QueueSummary;
import dev.kantor.staffing.WorkQueues;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The floor's absence page (today's absences, marking one, undoing one) and the repair page (what
 * repairing a queue's day would change, and publishing it), for front-office managers and admins.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class AbsenceController {

    private final Absences absences;
    private final FloorRepairs repairs;
    private final People people;
    private final PublishedShifts shifts;
    private final WorkQueues queues;
    private final BusinessCalendars calendars;
    private final MessageSource messages;
    private final Clock clock;

    AbsenceController(
            Absences absences,
            FloorRepairs repairs,
            People people,
            PublishedShifts shifts,
            WorkQueues queues,
            BusinessCalendars calendars,
            MessageSource messages,
            Clock clock) {
        this.absences = absences;
        this.repairs = repairs;
        this.people = people;
        this.shifts = shifts;
        this.queues = queues;
        this.calendars = calendars;
        this.messages = messages;
        this.clock = clock;
    }

    /** A standing absence as the page shows it, with the queues whose day it touches. */
    record AbsenceRow(Absence absence, String name, List<QueueSummary> queues) {}

    @GetMapping("/floor/absences")
    String page(Model model) {
        return page(AbsenceForm.empty(), model);
    }

    @PostMapping("/floor/absences")
    String mark(
            @ModelAttribute("form") AbsenceForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(form, model);
        }
        ZoneId zone = calendars.zone();
        LocalDate today = absences.today();
        try {
            Absence absence = absences.mark(new MarkAbsence(
                    form.employeeId(),
                    form.from() == null
                            ? null
                            : today.atTime(form.from()).atZone(zone).toInstant(),
                    form.until() == null
                            ? null
                            : today.atTime(form.until()).atZone(zone).toInstant(),
                    form.reason(),
                    form.note()));
            redirect.addFlashAttribute(
                    "success",
                    text(
                            "floor.absence.marked",
                            people.nameOf(absence.employeeId()).orElse("")));
        } catch (InvalidInput e) {
            FormProblems.bind(e, binding);
            return page(form, model);
        }
        return "redirect:/floor/absences";
    }

    @PostMapping("/floor/absences/{id}/undo")
    String undo(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        try {
            absences.undo(id, version);
            redirect.addFlashAttribute("success", text("floor.absence.undone"));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        }
        return "redirect:/floor/absences";
    }

    @GetMapping("/floor/repair")
    String repair(
            @RequestParam long queueId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model) {
        LocalDate day = date == null ? absences.today() : date;
        QueueSummary queue = queues.find(queueId).orElseThrow(() -> KantorException.notFound("floor.repair.no-queue"));
        model.addAttribute("queue", queue);
        model.addAttribute("date", day);
        try {
            DayRepairPreview preview = repairs.preview(queueId, day);
            model.addAttribute("preview", preview);
            List<Long> ids = new java.util.ArrayList<>();
            preview.moves().forEach(m -> ids.add(m.employeeId()));
            preview.shortened().forEach(s -> ids.add(s.employeeId()));
            model.addAttribute("names", names(ids));
        } catch (KantorException e) {
            model.addAttribute(
                    "refusal",
                    text(
                            e instanceof InvalidInput i && !i.problems().isEmpty()
                                    ? i.problems().get(0).messageKey()
                                    : e.messageKey()));
        }
        return "floor/absence/repair";
    }

    @PostMapping("/floor/repair")
    String publish(
            @RequestParam long queueId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam int version,
            @RequestParam String fingerprint,
            RedirectAttributes redirect) {
        try {
            SchedulePublished published = repairs.publish(queueId, date, version, fingerprint);
            redirect.addFlashAttribute(
                    "success",
                    text(
                            "floor.repair.published",
                            published.version(),
                            published.affectedEmployeeIds().size()));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        }
        return "redirect:/floor/repair?queueId=" + queueId + "&date=" + date;
    }

    private String page(AbsenceForm form, Model model) {
        LocalDate today = absences.today();
        ZoneId zone = calendars.zone();
        Instant from = today.atStartOfDay(zone).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(zone).toInstant();
        Map<Long, QueueSummary> queueById = new HashMap<>();
        queues.all().forEach(q -> queueById.put(q.id(), q));
        List<Absence> standing = absences.on(today);
        Map<Long, String> names =
                names(standing.stream().map(Absence::employeeId).toList());
        List<AbsenceRow> rows = standing.stream()
                .map(a -> new AbsenceRow(
                        a,
                        names.getOrDefault(a.employeeId(), ""),
                        shifts.ofEmployee(a.employeeId(), from, to).stream()
                                .map(PublishedShift::queueId)
                                .distinct()
                                .map(queueById::get)
                                .filter(java.util.Objects::nonNull)
                                .toList()))
                .toList();
        model.addAttribute("form", form);
        model.addAttribute("rows", rows);
        model.addAttribute("today", today);
        model.addAttribute("now", clock.instant());
        model.addAttribute("reasons", List.of(AbsenceReason.values()));
        model.addAttribute(
                "employees",
                people.activeEmployees().stream()
                        .sorted(Comparator.comparing(Employee::getFullName))
                        .toList());
        return "floor/absence/absences";
    }

    private Map<Long, String> names(List<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        people.employees(ids).forEach(e -> names.put(e.getId(), e.getFullName()));
        return names;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
