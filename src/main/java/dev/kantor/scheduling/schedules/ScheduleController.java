package dev.kantor.scheduling.schedules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.people.People;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.web.FormProblems;
import dev.kantor.scheduling.RequirementSource;
import dev.kantor.scheduling.jobs.SolvingJob;
import dev.kantor.scheduling.jobs.SolvingJobs;
import dev.kantor.staffing.QueueSummary;
import dev.kantor.staffing.WorkQueues;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The schedule pages, for managers and admins: every queue's weeks with a form to generate one, and a
 * schedule's day view, coverage chart, solving progress, hand edits, publishing and export.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class ScheduleController {

    private static final String LIST = "scheduling/schedules";

    private final SavedSchedules schedules;
    private final ScheduleGeneration generation;
    private final ScheduleEditing editing;
    private final SchedulePublishing publishing;
    private final SolvingJobs jobs;
    private final WorkQueues queues;
    private final People people;
    private final MessageSource messages;

    ScheduleController(
            SavedSchedules schedules,
            ScheduleGeneration generation,
            ScheduleEditing editing,
            SchedulePublishing publishing,
            SolvingJobs jobs,
            WorkQueues queues,
            People people,
            MessageSource messages) {
        this.schedules = schedules;
        this.generation = generation;
        this.editing = editing;
        this.publishing = publishing;
        this.jobs = jobs;
        this.queues = queues;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/scheduling/schedules")
    String list(Model model) {
        GenerateForm form = new GenerateForm();
        form.setMonday(LocalDate.now().with(DayOfWeek.MONDAY).plusWeeks(1));
        model.addAttribute("generate", form);
        return list(model, form);
    }

    private String list(Model model, GenerateForm form) {
        Map<Long, String> names = new HashMap<>();
        List<QueueSummary> all = queues.all();
        all.forEach(q -> names.put(q.id(), q.name()));
        model.addAttribute("queues", all);
        model.addAttribute("queueNames", names);
        model.addAttribute("schedules", schedules.list());
        model.addAttribute("sources", RequirementSource.values());
        return LIST;
    }

    @PostMapping("/scheduling/schedules")
    String generate(
            @ModelAttribute("generate") GenerateForm form,
            BindingResult result,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        list(model, form);
        if (result.hasErrors()) {
            return LIST;
        }
        if (form.getQueueId() == null) {
            result.rejectValue("queueId", "validation.required");
            return LIST;
        }
        try {
            String typed = form.getRequirement();
            if (form.getSource() == RequirementSource.TYPED && file != null && !file.isEmpty()) {
                typed = new String(file.getBytes(), StandardCharsets.UTF_8);
            }
            SavedSchedule schedule = generation.generate(
                    form.getQueueId(), form.getMonday(), form.getSource(), typed, form.getTimeLimitSeconds());
            redirect.addFlashAttribute("success", text("scheduling.schedule.generating"));
            return "redirect:/scheduling/schedules/" + schedule.id();
        } catch (KantorException e) {
            FormProblems.bind(e, result, ScheduleController::fieldOf);
        } catch (IOException e) {
            result.rejectValue("requirement", "scheduling.requirement.unreadable");
        }
        return LIST;
    }

    /** Faults of the problem the solver would refuse are the form's, not a field's. */
    private static String fieldOf(String field) {
        return List.of("queueId", "monday", "source", "requirement", "timeLimitSeconds")
                        .contains(field)
                ? field
                : "";
    }

    @GetMapping("/scheduling/schedules/{id}")
    String show(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Model model) {
        SavedSchedule schedule = schedules.get(id);
        Map<Long, String> names = names(schedule);
        model.addAttribute("schedule", schedule);
        model.addAttribute(
                "queue", queues.find(schedule.queueId()).map(QueueSummary::name).orElse("#" + schedule.queueId()));
        model.addAttribute("days", ScheduleView.openDays(schedule));
        ScheduleView.DayView view = ScheduleView.of(schedule, day, names, chartNames());
        model.addAttribute("view", view);
        model.addAttribute(
                "ticks",
                view == null
                        ? List.of()
                        : view.hours().stream()
                                .map(h -> Map.entry(h, ScheduleView.tick(view.day(), h)))
                                .toList());
        model.addAttribute("names", names);
        model.addAttribute("shiftTypes", schedule.problem().shiftTypes());
        model.addAttribute("paidHours", schedule.paidMinutes() / 60.0);
        model.addAttribute("aboveBound", schedule.percentAboveBound());
        model.addAttribute(
                "job", schedule.solving() ? jobs.findAny(schedule.jobId()).orElse(null) : null);
        return "scheduling/schedule";
    }

    /** The solve's progress, asked for every few seconds; once it has ended, the page reloads to show the schedule. */
    @GetMapping("/scheduling/schedules/{id}/progress")
    String progress(@PathVariable long id, Model model, HttpServletResponse response) {
        SavedSchedule schedule = schedules.get(id);
        if (!schedule.solving()) {
            response.setHeader("HX-Refresh", "true");
        }
        SolvingJob job = schedule.solving() ? jobs.findAny(schedule.jobId()).orElse(null) : null;
        model.addAttribute("schedule", schedule);
        model.addAttribute("job", job);
        return "scheduling/schedule :: progress";
    }

    @PostMapping("/scheduling/schedules/{id}/stop")
    String stop(@PathVariable long id, RedirectAttributes redirect) {
        generation.stop(id);
        redirect.addFlashAttribute("success", text("scheduling.schedule.stopping"));
        return "redirect:/scheduling/schedules/" + id;
    }

    @PostMapping("/scheduling/schedules/{id}/reoptimise")
    String reoptimise(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) Integer timeLimitSeconds,
            RedirectAttributes redirect) {
        try {
            generation.reoptimise(id, version, timeLimitSeconds);
            redirect.addFlashAttribute("success", text("scheduling.schedule.reoptimising"));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", problem(e));
        }
        return "redirect:/scheduling/schedules/" + id;
    }

    @PostMapping("/scheduling/schedules/{id}/edit")
    String edit(
            @PathVariable long id,
            @ModelAttribute EditRequest request,
            BindingResult result,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate shown,
            RedirectAttributes redirect) {
        String back = "redirect:/scheduling/schedules/" + id + (shown == null ? "" : "?day=" + shown);
        if (result.hasErrors()) {
            redirect.addFlashAttribute("failure", text("scheduling.edit.unreadable"));
            return back;
        }
        try {
            ScheduleEditing.Edited edited =
                    editing.edit(id, request.version() == null ? -1 : request.version(), request.edit());
            redirect.addFlashAttribute("success", text("scheduling.edit.saved"));
            redirect.addFlashAttribute("effect", edited.effect());
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", problem(e));
        }
        return back;
    }

    @PostMapping("/scheduling/schedules/{id}/publish")
    String publish(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        try {
            var published = publishing.publish(id, version);
            redirect.addFlashAttribute(
                    "success",
                    text(
                            "scheduling.schedule.published",
                            published.version(),
                            published.affectedEmployeeIds().size()));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", problem(e));
        }
        return "redirect:/scheduling/schedules/" + id;
    }

    @GetMapping("/scheduling/schedules/{id}/export.csv")
    ResponseEntity<String> export(@PathVariable long id) {
        SavedSchedule schedule = schedules.get(id);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"schedule-" + schedule.queueId() + "-" + schedule.monday() + ".csv\"")
                .body(ScheduleCsv.write(schedule, names(schedule)));
    }

    private Map<Long, String> names(SavedSchedule schedule) {
        Map<Long, String> names = new HashMap<>();
        List<Long> ids = schedule.problem().agents().stream()
                .map(a -> Long.parseLong(a.id()))
                .toList();
        people.employees(ids).forEach(e -> names.put(e.getId(), e.getFullName()));
        return names;
    }

    private Map<String, String> chartNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (String key : List.of("required", "onDuty", "onBreak", "short", "agents")) {
            names.put(key, text("scheduling.chart." + key));
        }
        return names;
    }

    /** A refusal in the reader's language: the rule an edit breaks, or the first field problem. */
    private String problem(KantorException e) {
        if (e instanceof dev.kantor.platform.InvalidInput invalid
                && !invalid.problems().isEmpty()) {
            var first = invalid.problems().get(0);
            return text(first.messageKey(), first.args().toArray());
        }
        return text(e.messageKey(), e.args());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
