package dev.kantor.policies.applying;

import java.time.LocalDate;

import dev.kantor.platform.InputCheck;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The matrix and "what if" through the REST API (HR, managers, admins). */
@RestController
@RequestMapping("/api/policies")
@Tag(name = "Policies")
class HandbookViewsRestController {

    private final HandbookViews views;
    private final PoliciesInForce inForce;
    private final MessageSource messages;

    HandbookViewsRestController(HandbookViews views, PoliciesInForce inForce, MessageSource messages) {
        this.views = views;
        this.inForce = inForce;
        this.messages = messages;
    }

    @GetMapping("/matrix")
    @Operation(summary = "Categories by environment (front office, back office, each department) on a day")
    HandbookViews.MatrixView matrix(@RequestParam(required = false) LocalDate on) {
        new InputCheck().date("on", on).throwIfAny();
        var locale = LocaleContextHolder.getLocale();
        return views.matrix(
                on == null ? inForce.today() : on,
                locale,
                messages.getMessage("office.FRONT", null, locale),
                messages.getMessage("office.BACK", null, locale));
    }

    @GetMapping("/what-if")
    @Operation(summary = "Which policies would change for an employee moved to a position or a department")
    HandbookViews.WhatIfView whatIf(
            @RequestParam long employeeId,
            @RequestParam(required = false) Long positionId,
            @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) LocalDate on) {
        new InputCheck().date("on", on).throwIfAny();
        return views.whatIf(
                employeeId,
                positionId,
                departmentId,
                on == null ? inForce.today() : on,
                LocaleContextHolder.getLocale());
    }
}
