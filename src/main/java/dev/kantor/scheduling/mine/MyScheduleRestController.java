package dev.kantor.scheduling.mine;

import java.time.LocalDate;

import dev.kantor.platform.InputCheck;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own published schedule and calendar feed through the REST API; never anyone else's. */
@RestController
@RequestMapping("/api/scheduling/my-schedule")
@Tag(name = "Scheduling")
class MyScheduleRestController {

    private final MyWeeks weeks;
    private final CalendarFeeds feeds;
    private final String publicUrl;

    MyScheduleRestController(
            MyWeeks weeks, CalendarFeeds feeds, @Value("${kantor.public-url:http://localhost:8080}") String publicUrl) {
        this.weeks = weeks;
        this.feeds = feeds;
        this.publicUrl = publicUrl;
    }

    @GetMapping
    @Operation(
            summary = "The caller's published shifts, week by week",
            description = "From the week of `from` (this week when left out), `weeks` weeks (1 to 8, 4 when left "
                    + "out); times of day in the business's time zone. 403 for an account that is nobody's.")
    @Sortable({"monday"})
    Paged<MyWeeks.Week> mine(
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) Integer weeks,
            PageQuery paging) {
        long me = CurrentUser.employeeId(MyScheduleController.NO_EMPLOYEE);
        new InputCheck().date("from", from).range("weeks", weeks, 1, 8).throwIfAny();
        return paging.inMemory(this.weeks.of(
                me, from == null ? this.weeks.thisMonday() : from, weeks == null ? MyWeeks.SHOWN : weeks));
    }

    /** The feed's address, given once. */
    record FeedAnswer(String url) {}

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/feed")
    @Operation(
            summary = "Make or renew the caller's private calendar feed",
            description = "201 with its address (iCalendar, text/calendar, no sign-in: the token in it is the "
                    + "secret), given this once; an older address stops working at once. Events are written in "
                    + "the caller's language.")
    ResponseEntity<FeedAnswer> renew() {
        long me = CurrentUser.employeeId(MyScheduleController.NO_EMPLOYEE);
        String token = feeds.renew(me, LocaleContextHolder.getLocale());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new FeedAnswer(MyScheduleController.feedUrl(publicUrl, token)));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/feed")
    @Operation(summary = "Revoke the caller's calendar feed", description = "204; its address stops working at once.")
    ResponseEntity<Void> revoke() {
        feeds.revoke(CurrentUser.employeeId(MyScheduleController.NO_EMPLOYEE));
        return ResponseEntity.noContent().build();
    }
}
