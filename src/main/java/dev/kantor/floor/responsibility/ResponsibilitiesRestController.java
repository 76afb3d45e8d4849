package dev.kantor.floor.responsibility;

import dev.kantor.platform.web.PageQuery;
import dev.kantor.platform.web.Paged;
import dev.kantor.platform.web.Sortable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Each queue's responsible department through the REST API, as on the floor settings page: managers and admins. */
@RestController
@RequestMapping("/api/floor/responsibilities")
@Tag(name = "Live floor")
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class ResponsibilitiesRestController {

    private final Responsibilities responsibilities;

    ResponsibilitiesRestController(Responsibilities responsibilities) {
        this.responsibilities = responsibilities;
    }

    record ResponsibilityRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED) Long departmentId,
            @Schema(description = "The version read; leave out (or 0) to name the first department of a queue")
                    Integer version) {}

    @GetMapping
    @Operation(
            summary = "Each queue's responsible department",
            description = "With its managers: the people the floor alerts when the queue is short-staffed.")
    @Sortable({"queueName", "departmentName"})
    Paged<Responsibility> all(PageQuery paging) {
        return paging.inMemory(responsibilities.all(LocaleContextHolder.getLocale()));
    }

    @GetMapping("/{queueId}")
    @Operation(summary = "A queue's responsible department", description = "404 when none is set.")
    Responsibility one(@PathVariable long queueId) {
        return responsibilities
                .of(queueId, LocaleContextHolder.getLocale())
                .orElseThrow(() -> dev.kantor.platform.KantorException.notFound("floor.responsibility.none", queueId));
    }

    @PutMapping("/{queueId}")
    @Operation(
            summary = "Name a queue's responsible department",
            description = "400 naming queueId or departmentId; 409 when someone changed it since the version read.")
    Responsibility set(@PathVariable long queueId, @RequestBody ResponsibilityRequest request) {
        return responsibilities.set(
                queueId, request.departmentId(), request.version(), LocaleContextHolder.getLocale());
    }
}
