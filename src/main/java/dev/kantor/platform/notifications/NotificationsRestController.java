package dev.kantor.platform.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;
import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's notifications through the REST API: list them, mark them read. */
@RestController
@RequestMapping("/api/notifications")
@Tag(
        name = "Notifications",
        description = "What waits on the caller: approvals, help requests, handoff offers, customers' replies on "
                + "their cases, cases given to them. Texts are in the language of Accept-Language.")
class NotificationsRestController {

    @Schema(description = "One notification")
    record NotificationResponse(
            long id,
            @Schema(example = "APPROVAL") String kind,
            @Schema(example = "Agus Pratama asks you to approve a refund of Rp 1.000.000 (KTR-2025-000042)")
                    String text,
            @Schema(description = "The page it is about, within Kantor", example = "/approvals") String link,
            Instant createdAt,
            Instant readAt,
            boolean read) {}

    @Schema(description = "How many notifications were marked read now")
    record Marked(int marked) {}

    private final Notifications notifications;
    private final MessageSource messages;
    private final Clock clock;

    NotificationsRestController(Notifications notifications, MessageSource messages, Clock clock) {
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @Operation(
            summary = "The caller's notifications",
            description = "Newest first, read ones too unless unread=true (whose total is how many are unread); an "
                    + "account that is nobody's has none.")
    Paged<NotificationResponse> list(@RequestParam(defaultValue = "false") boolean unread, PageQuery paging) {
        Long me = CurrentUser.get().map(KantorUser::employeeId).orElse(null);
        if (me == null) {
            return paging.page(List.of(), 0);
        }
        List<NotificationResponse> items = NotificationLines.of(
                        notifications.latest(me, unread, paging.offset(), paging.size()),
                        messages,
                        LocaleContextHolder.getLocale(),
                        clock.instant())
                .stream()
                .map(l -> new NotificationResponse(
                        l.id(), l.kind(), l.text(), l.link(), l.createdAt(), l.readAt(), l.read()))
                .toList();
        return paging.page(items, notifications.count(me, unread));
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark one notification read", description = "404 when the caller has no such notification.")
    void read(@PathVariable long id) {
        long me = CurrentUser.employeeId("notifications.no-employee");
        if (!notifications.markRead(id, me)) {
            throw KantorException.notFound("notifications.not-found", id);
        }
    }

    @PostMapping("/read")
    @Operation(summary = "Mark all the caller's notifications read")
    Marked readAll() {
        return new Marked(notifications.markAllRead(CurrentUser.employeeId("notifications.no-employee")));
    }
}
