package dev.kantor.staffing.calculator;

import dev.kantor.staffing.calculator.CalculationDtos.CalculationRequest;
import dev.kantor.staffing.calculator.CalculationDtos.CalculationResponse;
import dev.kantor.staffing.requirement.Requirement;
import dev.kantor.staffing.requirement.StaffingBasis;
import dev.kantor.staffing.requirement.StaffingQuestion;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The staffing calculator for programs: stateless, for every signed-in caller. */
@RestController
@RequestMapping("/api/staffing")
@Tag(
        name = "Staffing",
        description = "How many agents an interval needs to meet its service target: Erlang C, and "
                + "Erlang A (M/M/n+M, computed exactly) when customers give up. Conventions: every duration is in seconds, "
                + "so contacts, interval and handling time share one time unit, and traffic A = contacts × AHT / interval "
                + "Erlangs. The agents on the floor are the smallest n > A meeting every target given (service level, "
                + "average speed of answer, occupancy cap); agents to schedule = ceil(n / (1 − shrinkage)). Service level = "
                + "share of all offered contacts answered within the target time; with abandonment, contacts that give up "
                + "count as not answered in time. ASA = mean wait of answered contacts. Probability of waiting = share of "
                + "contacts finding every agent busy.")
class CalculatorRestController {

    @PostMapping("/calculations")
    @Operation(
            summary = "Calculate the agents an interval needs",
            description = "Nothing is stored. 200 with the "
                    + "answer, the traffic in Erlangs and each staffing level around the answer; 400 problem+json listing "
                    + "every bad field (negative contacts, zero handling time, shrinkage of 100% or more, a target no "
                    + "staffing can meet such as 100% answered in time, ...).")
    @ApiResponse(
            responseCode = "200",
            description = "The agents the interval needs, with each staffing level around " + "the answer",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = CalculationResponse.class)))
    @ApiResponse(
            responseCode = "400",
            description = "Bad input; 'errors' names each field",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    CalculationResponse calculate(@RequestBody CalculationRequest request) {
        StaffingQuestion question = request.question();
        StaffingBasis basis = question.basis();
        Requirement requirement = basis.requirementFor(question.contacts(), question.intervalSeconds());
        return CalculationResponse.of(
                requirement,
                basis,
                basis.candidatesAround(requirement, question.contacts(), question.intervalSeconds(), request.spread()));
    }
}
