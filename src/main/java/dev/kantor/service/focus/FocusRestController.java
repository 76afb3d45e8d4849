package dev.kantor.service.focus;

import java.time.DayOfWeek;
import java.time.LocalTime;

import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Focus windows through the REST API. */
@RestController
@Tag(
        name = "Focus windows",
        description = "Time a back-office person or department works without interruption: \"who can help now\" "
                + "offers them then only when nobody of the front office can help")
class FocusRestController {

    /** A window as written; forDepartment for a manager setting their department's. */
    record NewWindow(DayOfWeek day, LocalTime starts, LocalTime ends, boolean forDepartment) {}

    /**
     * Where the caller is today, field by field: desk or counter, floor, phone extension, remote today. {@code where}
     * is the single line older clients send: it is taken as the desk or counter when {@code desk} is absent.
     */
    record Where(
            @Schema(nullable = true) String desk,
            @Schema(nullable = true) String floor,
            @Schema(nullable = true) String extension,
            @Schema(nullable = true, description = "false when absent") Boolean remoteToday,
            @Schema(nullable = true, description = "An older client's single line: the desk") String where) {

        static Where of(dev.kantor.people.Whereabouts.Place p) {
            return new Where(p.desk(), p.floor(), p.extension(), p.remoteToday(), p.desk());
        }

        dev.kantor.people.Whereabouts.Place place() {
            return new dev.kantor.people.Whereabouts.Place(
                    desk != null ? desk : where, floor, extension, Boolean.TRUE.equals(remoteToday));
        }
    }

    private final FocusWindows windows;
    private final dev.kantor.people.Whereabouts whereabouts;

    FocusRestController(FocusWindows windows, dev.kantor.people.Whereabouts whereabouts) {
        this.windows = windows;
        this.whereabouts = whereabouts;
    }

    @org.springframework.web.bind.annotation.PutMapping("/api/service/whereabouts")
    @Operation(
            summary = "Say where you are today",
            description = "Kept on the caller's employee record and shown with them in \"who can help now\": desk "
                    + "or counter (at most 120 characters), floor (40), phone extension (20), remoteToday (for the "
                    + "business's today only); blank fields clear. The single line of older clients, where, is "
                    + "taken as the desk or counter.")
    Where where(@RequestBody Where body) {
        long me = dev.kantor.platform.security.CurrentUser.employeeId("service.request.needs-employee");
        whereabouts.record(me, body.place());
        return whereabouts.of(me).map(Where::of).orElse(new Where(null, null, null, false, null));
    }

    @GetMapping("/api/service/focus")
    @Operation(summary = "The caller's focus windows and their department's")
    @Sortable({"day", "starts"})
    Paged<FocusWindow> mine(PageQuery paging) {
        return paging.inMemory(windows.mine());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/service/focus")
    @Operation(summary = "Add a focus window", description = "starts before ends, in the business's local time.")
    ResponseEntity<FocusWindow> add(@RequestBody NewWindow w) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(windows.add(w.day(), w.starts(), w.ends(), w.forDepartment()));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/api/service/focus/{id}")
    @Operation(summary = "Remove a focus window")
    ResponseEntity<Void> remove(@PathVariable long id) {
        windows.remove(id);
        return ResponseEntity.noContent().build();
    }
}
