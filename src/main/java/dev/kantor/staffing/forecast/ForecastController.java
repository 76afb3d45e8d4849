package dev.kantor.staffing.forecast;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.kantor.platform.InputCheck;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.KantorException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** A queue's week: forecast contacts and the staffing they need, as a chart, a table and a CSV file. */
@Controller
class ForecastController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Forecasts forecasts;
    private final Adjustments adjustments;
    private final MessageSource messages;

    ForecastController(Forecasts forecasts, Adjustments adjustments, MessageSource messages) {
        this.forecasts = forecasts;
        this.adjustments = adjustments;
        this.messages = messages;
    }

    /** One day of the table: its open intervals and totals. */
    record DayRows(
            LocalDate date,
            boolean holiday,
            Double adjustment,
            double contacts,
            int peakAgents,
            List<IntervalPlan> intervals) {}

    @GetMapping("/staffing/queues/{id}")
    String week(@PathVariable long id, @RequestParam(required = false) String week, Model model) {
        LocalDate day = parse(week, model);
        WeekPlan plan = forecasts.week(id, day);
        model.addAttribute("plan", plan);
        model.addAttribute("queue", plan.queue());
        model.addAttribute("previous", plan.monday().minusWeeks(1));
        model.addAttribute("next", plan.monday().plusWeeks(1));
        model.addAttribute("days", days(plan));
        model.addAttribute(
                "weekDates", plan.monday().datesUntil(plan.monday().plusDays(7)).toList());
        model.addAttribute(
                "times",
                java.util.stream.IntStream.range(0, 96)
                        .mapToObj(s -> LocalTime.MIDNIGHT.plusMinutes(15L * s))
                        .toList());
        model.addAttribute("adjustments", adjustments.listOfWeek(id, plan.monday()));
        model.addAttribute("adjustment", new AdjustmentForm());
        model.addAttribute("chart", chart(plan));
        return "staffing/forecast";
    }

    @GetMapping("/staffing/queues/{id}/forecast.csv")
    ResponseEntity<String> csv(@PathVariable long id, @RequestParam(required = false) String week) {
        WeekPlan plan = forecasts.week(id, parse(week, null));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"forecast-" + plan.queue().id() + "-" + plan.monday() + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(ForecastCsv.of(plan));
    }

    @PostMapping("/staffing/queues/{id}/adjustments")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    String adjust(
            @PathVariable long id,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String time,
            @RequestParam(required = false) String percent,
            @RequestParam(required = false) String version,
            RedirectAttributes redirect) {
        LocalDate day = null;
        try {
            day = LocalDate.parse(date);
            Integer slot = time == null || time.isBlank() ? null : slotOf(LocalTime.parse(time));
            Double change = percent == null || percent.isBlank() ? null : Double.valueOf(percent.replace(',', '.'));
            adjustments.adjust(id, day, slot, change, version);
            redirect.addFlashAttribute(
                    "success", text(change == null ? "staffing.adjustment.removed" : "staffing.adjustment.saved"));
        } catch (DateTimeParseException | NullPointerException | NumberFormatException e) {
            redirect.addFlashAttribute("failure", text("staffing.adjustment.bad"));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute(
                    "failure",
                    e.problems().stream()
                            .map(p -> text(p.messageKey(), p.args().toArray()))
                            .reduce((a, b) -> a + " " + b)
                            .orElse(""));
        } catch (KantorException e) {
            redirect.addFlashAttribute("failure", text(e.messageKey(), e.args()));
        }
        // back to the week adjusted; a date beyond the years Kantor keeps has no week to show
        return "redirect:/staffing/queues/" + id
                + (day == null || !InputCheck.isWithinBounds(day) ? "" : "?week=" + Forecasts.mondayOf(day));
    }

    /** A quarter hour's slot; other times are refused. */
    private static int slotOf(LocalTime time) {
        if (time.getMinute() % 15 != 0 || time.getSecond() != 0) {
            throw new NumberFormatException();
        }
        return (time.getHour() * 60 + time.getMinute()) / 15;
    }

    /** The week asked for, or next week with a message when it is no date or lies beyond the years Kantor keeps. */
    private LocalDate parse(String week, Model model) {
        if (week != null && !week.isBlank()) {
            LocalDate day = null;
            try {
                day = LocalDate.parse(week.strip());
            } catch (DateTimeParseException e) {
                // said below, as for a date out of bounds
            }
            if (day != null && InputCheck.isWithinBounds(day)) {
                return day;
            }
            if (model != null) {
                model.addAttribute("failure", text("staffing.forecast.bad-week"));
            }
        }
        return forecasts.nextWeek();
    }

    private static List<DayRows> days(WeekPlan plan) {
        Map<LocalDate, List<IntervalPlan>> byDay = new LinkedHashMap<>();
        plan.monday().datesUntil(plan.monday().plusDays(7)).forEach(d -> byDay.put(d, new java.util.ArrayList<>()));
        plan.intervals().forEach(i -> byDay.get(i.date()).add(i));
        return byDay.entrySet().stream()
                .map(e -> new DayRows(
                        e.getKey(),
                        plan.holidays().contains(e.getKey()),
                        plan.adjustments().ofDay(e.getKey()),
                        e.getValue().stream()
                                .mapToDouble(IntervalPlan::contacts)
                                .sum(),
                        e.getValue().stream()
                                .filter(IntervalPlan::open)
                                .mapToInt(i -> i.requirement().agents())
                                .max()
                                .orElse(0),
                        e.getValue().stream().filter(IntervalPlan::open).toList()))
                .toList();
    }

    /** The chart's figures and words, read by staffing-forecast.js; open intervals only, so the week reads evenly. */
    private String chart(WeekPlan plan) {
        Locale locale = LocaleContextHolder.getLocale();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        List<IntervalPlan> open = plan.openIntervals();
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put(
                "labels",
                open.stream()
                        .map(i -> i.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, locale) + " "
                                + i.start().format(time))
                        .toList());
        chart.put(
                "contacts",
                open.stream().map(i -> Math.round(i.contacts() * 10) / 10.0).toList());
        chart.put("agents", open.stream().map(i -> i.requirement().agents()).toList());
        chart.put(
                "scheduled", open.stream().map(i -> i.requirement().scheduled()).toList());
        chart.put(
                "names",
                Map.of(
                        "contacts",
                        text("staffing.forecast.contacts"),
                        "agents",
                        text("staffing.col.agents"),
                        "scheduled",
                        text("staffing.col.scheduled"),
                        "staff",
                        text("staffing.forecast.staff")));
        // safe inside a script element: no "</" can end it early
        return JSON.writeValueAsString(chart).replace("</", "<\\/");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
