package dev.kantor.floor.breaks;

import java.time.Instant;

import dev.kantor.floor.breaks.BreakAnswer.Verdict;
import dev.kantor.floor.breaks.TakenBreak.State;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** "May I take my break now?", taking the break and coming back, for the caller's own breaks only. */
@RestController
@RequestMapping("/api/floor/breaks")
@Tag(name = "Live floor")
class BreaksRestController {

    static final String NO_EMPLOYEE = "floor.breaks.no-employee";

    private final Breaks breaks;

    BreaksRestController(Breaks breaks) {
        this.breaks = breaks;
    }

    @GetMapping("/next")
    @Operation(
            summary = "The caller's next break",
            description = "On the published shift under way: the first break not taken yet, its window and any"
                    + " agreed start. 204 when there is none.")
    @ApiResponse(responseCode = "200", description = "The next break")
    @ApiResponse(responseCode = "204", description = "No break is left on the shift under way")
    ResponseEntity<NextBreakJson> next() {
        return breaks.next(CurrentUser.employeeId(NO_EMPLOYEE))
                .map(next -> ResponseEntity.ok(NextBreakJson.of(next)))
                .orElse(ResponseEntity.noContent().build());
    }

    @PostMapping("/requests")
    @Operation(
            summary = "May I take my break now?",
            description = "Without a start: YES (the break is held from now: take it with /start), LATER (the"
                    + " earliest start in the break's window that keeps the queue covered, and the interval that"
                    + " would be short now) or NONE (no start keeps it covered; the least-bad start is offered and"
                    + " the managers are told). With a start (an offered one): the start is agreed and recorded"
                    + " when it still keeps the queue covered (or is the least-bad one); otherwise a fresh answer"
                    + " comes back with agreed false.")
    AnswerJson ask(@RequestBody(required = false) BreakRequest request) {
        Instant start = request == null ? null : request.start();
        return AnswerJson.of(breaks.ask(CurrentUser.employeeId(NO_EMPLOYEE), start));
    }

    @PostMapping("/{id}/start")
    @Operation(
            summary = "Take an agreed break now",
            description = "Presence goes to ON_BREAK until the break is due to end. 409 when the version is stale,"
                    + " the break is not agreed, it is too early, or its slot is gone (ask again); 403 for someone"
                    + " else's break.")
    BreakJson start(@PathVariable long id, @RequestBody BreakVersion request) {
        return BreakJson.of(breaks.start(id, CurrentUser.employeeId(NO_EMPLOYEE), version(request)));
    }

    @PostMapping("/{id}/end")
    @Operation(
            summary = "I'm back",
            description = "Ends the break taken; presence goes to AVAILABLE. 409 when the version is stale or the"
                    + " break is not under way; 403 for someone else's break.")
    BreakJson end(@PathVariable long id, @RequestBody BreakVersion request) {
        return BreakJson.of(breaks.end(id, CurrentUser.employeeId(NO_EMPLOYEE), version(request)));
    }

    private static int version(BreakVersion request) {
        new InputCheck()
                .required("version", request == null ? null : request.version())
                .throwIfAny();
        return request.version();
    }

    /** @param start an offered start to agree to (ISO instant); none to ask for now */
    record BreakRequest(Instant start) {}

    record BreakVersion(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {}

    /** A break's window: what the shift type allows. */
    record WindowJson(
            long shiftId,
            int position,
            String name,
            Instant plannedStart,
            Instant plannedEnd,
            Instant earliestStart,
            Instant latestStart) {

        static WindowJson of(BreakWindow window) {
            return new WindowJson(
                    window.shiftId(),
                    window.position(),
                    window.name(),
                    window.plannedStart(),
                    window.plannedEnd(),
                    window.earliestStart(),
                    window.latestStart());
        }
    }

    record NextBreakJson(WindowJson window, BreakJson agreed) {

        static NextBreakJson of(BreakWindows.NextBreak next) {
            return new NextBreakJson(
                    WindowJson.of(next.window()), next.agreed() == null ? null : BreakJson.of(next.agreed()));
        }
    }

    /**
     * @param agreed    whether the start offered is now recorded (a yes, or an agreed later start)
     * @param breakId   the break recorded, to start with {@code version}; null when nothing was recorded
     * @param shortFrom the interval that would be short (why not now), null for a plain yes
     */
    record AnswerJson(
            Verdict verdict,
            Instant start,
            Instant end,
            Instant shortFrom,
            int shortBy,
            WindowJson window,
            boolean agreed,
            Long breakId,
            Integer version) {

        static AnswerJson of(Breaks.Outcome outcome) {
            BreakAnswer answer = outcome.answer();
            TakenBreak agreed = outcome.agreed();
            return new AnswerJson(
                    answer.verdict(),
                    answer.start(),
                    answer.end(),
                    answer.shortFrom(),
                    answer.shortBy(),
                    WindowJson.of(answer.window()),
                    agreed != null,
                    agreed == null ? null : agreed.id(),
                    agreed == null ? null : agreed.version());
        }
    }

    /** A break as recorded: planned, as it counts, and as taken. */
    record BreakJson(
            long id,
            long employeeId,
            long queueId,
            String name,
            State state,
            Instant plannedStart,
            Instant plannedEnd,
            Instant startsAt,
            Instant endsAt,
            Instant takenAt,
            Instant backAt,
            int version) {

        static BreakJson of(TakenBreak taken) {
            return new BreakJson(
                    taken.id(),
                    taken.employeeId(),
                    taken.queueId(),
                    taken.name(),
                    taken.state(),
                    taken.plannedStart(),
                    taken.plannedEnd(),
                    taken.startsAt(),
                    taken.endsAt(),
                    taken.takenAt(),
                    taken.backAt(),
                    taken.version());
        }
    }
}
