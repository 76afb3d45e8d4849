package dev.kantor.staffing.history;

import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import dev.kantor.calendar.BusinessCalendars;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.ProblemTypes;
import dev.kantor.staffing.queues.StoredQueues;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Contact history through the REST API, for managers and admins. */
@RestController
@Tag(name = "Staffing")
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class HistoryRestController {

    private final HistoryImports imports;
    private final CountedHistory counted;
    private final StoredHistory history;
    private final StoredQueues queues;
    private final BusinessCalendars calendars;
    private final Clock clock;
    private final MessageSource messages;

    HistoryRestController(
            HistoryImports imports,
            CountedHistory counted,
            StoredHistory history,
            StoredQueues queues,
            BusinessCalendars calendars,
            Clock clock,
            MessageSource messages) {
        this.imports = imports;
        this.counted = counted;
        this.history = history;
        this.queues = queues;
        this.calendars = calendars;
        this.clock = clock;
        this.messages = messages;
    }

    @PostMapping(
            path = "/api/staffing/history",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(
            summary = "Import contact history from CSV (managers, admins)",
            description = "Columns "
                    + "interval_start (local time in the business's time zone on the quarter hour, e.g. 2026-03-02 08:15, "
                    + "optionally with an offset), queue (a queue's name), contacts (offered, whole number), aht_seconds "
                    + "(optional). All or nothing: 200 with the number of intervals imported, or 400 problem+json listing "
                    + "every bad line under 'errors' (line, field, message) and nothing imported. Known intervals are "
                    + "replaced.")
    ResponseEntity<?> importCsv(@RequestBody String csv) {
        HistoryImport result = imports.importCsv(new StringReader(csv));
        if (result.succeeded()) {
            return ResponseEntity.ok(Map.of("imported", result.imported()));
        }
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(ProblemTypes.uri("invalid-input"));
        problem.setTitle(text("staffing.history.nothing-imported"));
        List<Map<String, Object>> errors = result.problems().stream()
                .map(p -> Map.<String, Object>of(
                        "line",
                        p.line(),
                        "field",
                        p.field() == null ? "" : p.field(),
                        "message",
                        text(p.messageKey(), p.args().toArray())))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** An interval of history as the API shows it. */
    record VolumeResponse(java.time.Instant start, int contacts, Double ahtSeconds) {}

    @PostMapping("/api/staffing/queues/{id}/history/from-cases")
    @Operation(
            summary = "Count a queue's contacts from Kantor's cases (managers, admins)",
            description = "Cases of "
                    + "the queue's channel opened in the last 'weeks' weeks (1 to 104, default 8), per 15-minute interval, "
                    + "for intervals no imported file covers; counts taken before for those weeks are replaced. Phone "
                    + "counts phone cases, the front desk walk-ins, e-mail e-mails, chat the web portal's cases.")
    Map<String, Integer> fromCases(@PathVariable long id, @RequestParam(defaultValue = "8") int weeks) {
        return Map.of("intervals", counted.takeFromCases(id, weeks));
    }

    @GetMapping("/api/staffing/queues/{id}/history")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "A queue's contact history",
            description = "Intervals with a known volume starting in "
                    + "[from, to) (ISO dates, the business's time zone; by default the last 8 weeks), by start. An interval "
                    + "that is not listed had no contacts.")
    Paged<VolumeResponse> volumes(
            @PathVariable long id,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            PageQuery paging) {
        queues.get(id);
        ZoneId zone = calendars.zone();
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(zone)).plusDays(1);
        LocalDate start = from != null ? from : end.minusWeeks(8);
        return paging.inMemory(
                history
                        .between(
                                id,
                                start.atStartOfDay(zone).toInstant(),
                                end.atStartOfDay(zone).toInstant())
                        .stream()
                        .map(v -> new VolumeResponse(v.start(), v.contacts(), v.ahtSeconds()))
                        .toList());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
