package dev.kantor.calendar.admin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.calendar.Holiday;
import dev.kantor.calendar.OpeningHours;
import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.web.EnumParameters;
import dev.kantor.platform.web.FieldProblems;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** The business calendar: everyone sees opening hours and holidays; admins change them. */
@Controller
class CalendarController {

    /** The label of each holiday field, as the form shows it. */
    private static final Map<String, String> HOLIDAY_FIELDS =
            Map.of("date", "calendar.date", "nameEn", "calendar.name-en", "nameId", "calendar.name-id");

    private final BusinessCalendars calendars;
    private final MessageSource messages;
    private final FieldProblems fieldProblems;

    CalendarController(BusinessCalendars calendars, MessageSource messages, FieldProblems fieldProblems) {
        this.calendars = calendars;
        this.messages = messages;
        this.fieldProblems = fieldProblems;
    }

    /** One weekday as the page shows it; opens and closes are null when the business is closed. */
    record Day(DayOfWeek day, String name, LocalTime opens, LocalTime closes) {
        public boolean open() {
            return opens != null;
        }
    }

    @GetMapping("/calendar")
    String show(Model model) {
        var week = calendars.week();
        java.util.Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute(
                "days",
                java.util.Arrays.stream(DayOfWeek.values())
                        .map(d -> {
                            OpeningHours hours = week.get(d);
                            return new Day(
                                    d,
                                    d.getDisplayName(java.time.format.TextStyle.FULL, locale),
                                    hours == null ? null : hours.opens(),
                                    hours == null ? null : hours.closes());
                        })
                        .toList());
        model.addAttribute("holidays", calendars.holidays());
        model.addAttribute("zone", calendars.zone());
        model.addAttribute("holiday", new HolidayForm());
        return "calendar/calendar";
    }

    @PostMapping("/calendar/hours")
    @PreAuthorize("hasRole('ADMIN')")
    String hours(
            @RequestParam String day,
            @RequestParam(required = false) String opens,
            @RequestParam(required = false) String closes,
            @RequestParam(defaultValue = "false") boolean closed,
            RedirectAttributes redirect) {
        DayOfWeek weekday = EnumParameters.parse(DayOfWeek.class, day);
        try {
            if (weekday == null) {
                throw new IllegalArgumentException();
            }
            calendars.setHours(
                    weekday, closed ? null : new OpeningHours(LocalTime.parse(opens), LocalTime.parse(closes)));
            redirect.addFlashAttribute("success", text("calendar.saved"));
        } catch (IllegalArgumentException | DateTimeParseException | NullPointerException e) {
            redirect.addFlashAttribute("failure", text("calendar.bad-hours"));
        }
        return "redirect:/calendar";
    }

    @PostMapping("/calendar/holidays")
    @PreAuthorize("hasRole('ADMIN')")
    String addHoliday(@ModelAttribute("holiday") HolidayForm form, BindingResult result, RedirectAttributes redirect) {
        try {
            if (result.hasErrors()) {
                // text that cannot be stored: said against its field like any other refusal
                throw new InvalidInput(result.getFieldErrors().stream()
                        .map(e -> new FieldProblem(e.getField(), e.getCode()))
                        .toList());
            }
            String date = form.getDate();
            calendars.addHoliday(new Holiday(
                    date == null || date.isBlank() ? null : LocalDate.parse(date), form.getNameEn(), form.getNameId()));
            redirect.addFlashAttribute("success", text("calendar.saved"));
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("failure", text("calendar.bad-holiday"));
        } catch (InvalidInput e) {
            // say which field is wrong: a name that is too long is not a missing one
            redirect.addFlashAttribute("failure", fieldProblems.of(e, HOLIDAY_FIELDS::get));
        }
        return "redirect:/calendar";
    }

    @PostMapping("/calendar/holidays/{date}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String removeHoliday(@PathVariable String date, RedirectAttributes redirect) {
        try {
            calendars.removeHoliday(LocalDate.parse(date));
            redirect.addFlashAttribute("success", text("calendar.saved"));
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("failure", text("calendar.bad-holiday"));
        }
        return "redirect:/calendar";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
