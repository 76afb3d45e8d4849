package dev.kantor.service.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The back-office manager's figures through the REST API. */
@RestController
@Tag(
        name = "Back-office figures",
        description = "Internal target attainment, satisfaction, backlog and waiting customers")
class BackOfficeRestController {

    private final BackOfficeFigures figures;
    private final BackOfficeController page;

    BackOfficeRestController(BackOfficeFigures figures, BackOfficeController page) {
        this.figures = figures;
        this.page = page;
    }

    @GetMapping(value = "/api/service/dashboard", produces = "application/json")
    @Operation(
            summary = "A back-office department's figures",
            description = "For its managers and admins (403 for others): target attainment and satisfaction over 30 "
                    + "days, open requests by age, and the customer cases waiting on it, oldest first.")
    BackOfficeFigures.Figures api(@RequestParam(required = false) Long departmentId) {
        return figures.of(page.department(departmentId));
    }
}
