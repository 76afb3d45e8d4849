package dev.kantor.cases.intake;

import java.net.URI;
import java.util.Map;

import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.NewCase;
import dev.kantor.cases.Priority;
import dev.kantor.cases.work.CaseQueries;
import dev.kantor.cases.work.CaseQueries.CaseDetail;
import dev.kantor.cases.work.CaseResponses.CaseResponse;
import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Opening a case through the REST API: the caller logs a customer contact, and owns it. */
@RestController
@Tag(name = "Cases")
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
class IntakeRestController {

    @Schema(description = "A customer contact to open a case for; the caller logs it and owns it")
    record NewCaseRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "WALK_IN") Channel channel,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "COMPLAINT") CaseType type,
            @Schema(
                            requiredMode = Schema.RequiredMode.REQUIRED,
                            description = "A topic code such as returns, " + "warranty, billing, delivery",
                            example = "returns")
                    String topic,
            @Schema(description = "Optional: HIGH for complaints, else NORMAL") Priority priority,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Fridge door dented on delivery")
                    String subject,
            @Schema(description = "What the customer said", example = "The door was dented when it arrived.")
                    String message,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) CustomerRequest customer) {

        NewCase toNewCase() {
            CustomerRequest who = customer == null ? new CustomerRequest(null, null, null, null) : customer;
            return new NewCase(
                    who.name(),
                    who.email(),
                    who.phone(),
                    who.language(),
                    channel,
                    type,
                    topic,
                    priority,
                    subject,
                    message);
        }
    }

    @Schema(
            name = "IntakeCustomer",
            description = "The customer; an e-mail address already known finds the same customer again")
    record CustomerRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Wulan Sari") String name,
            @Schema(description = "An e-mail address or a phone number is required", example = "wulan@example.com")
                    String email,
            @Schema(example = "+62 812-0000-0002") String phone,
            @Schema(description = "The customer's language for e-mails: id (default) or en", example = "id")
                    String language) {}

    /** {@link NewCase}'s fields as the request calls them, where it nests the customer's. */
    private static final Map<String, String> CUSTOMER_FIELDS = Map.of(
            "customerName",
            "customer.name",
            "email",
            "customer.email",
            "phone",
            "customer.phone",
            "language",
            "customer.language");

    private final CaseIntake intake;
    private final CaseQueries queries;

    IntakeRestController(CaseIntake intake, CaseQueries queries) {
        this.intake = intake;
        this.queries = queries;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/cases")
    @Operation(
            summary = "Open a case logged by the caller",
            description = "The caller owns the new case; a walk-in "
                    + "or a call counts as answered. The customer gets a confirmation e-mail with their private link. 201 "
                    + "with the case and its Location; 400 with the broken fields (customer.email, subject, …).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = NewCaseRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "walkInComplaint",
                                            summary = "A customer complains at the counter about a dented fridge",
                                            value =
                                                    """
                                                    {"channel": "WALK_IN", "type": "COMPLAINT", "topic": "returns",
                                                     "subject": "Fridge door dented on delivery",
                                                     "message": "The door was dented when it arrived.",
                                                     "customer": {"name": "Wulan Sari", "email": "wulan@example.com",
                                                                  "phone": "+62 812-0000-0002", "language": "id"}}""")))
    ResponseEntity<CaseResponse> open(@RequestBody NewCaseRequest request) {
        long me = CurrentUser.employeeId("case.no-employee");
        CaseDetail opened;
        try {
            opened = intake.open(request.toNewCase(), me);
        } catch (InvalidInput e) {
            throw new InvalidInput(e.problems().stream()
                    .map(p -> new FieldProblem(
                            CUSTOMER_FIELDS.getOrDefault(p.field(), p.field()), p.messageKey(), p.args()))
                    .toList());
        }
        String ownerName = opened.summary().ownerName();
        return ResponseEntity.created(
                        URI.create("/api/cases/" + opened.customerCase().getId()))
                .body(CaseResponse.of(opened, id -> id == me ? ownerName : queries.employeeName(id)));
    }
}
