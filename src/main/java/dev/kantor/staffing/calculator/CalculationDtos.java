package dev.kantor.staffing.calculator;

import java.util.List;

import dev.kantor.platform.InputCheck;
import dev.kantor.staffing.requirement.Performance;
import dev.kantor.staffing.requirement.Requirement;
import dev.kantor.staffing.requirement.Rounding;
import dev.kantor.staffing.requirement.StaffingBasis;
import dev.kantor.staffing.requirement.StaffingQuestion;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the staffing calculator API reads and writes. */
final class CalculationDtos {

    static final int DEFAULT_SPREAD = 3;
    static final int MAX_SPREAD = 20;

    private CalculationDtos() {}

    @Schema(
            description =
                    "A staffing question. Every duration is in seconds, so contacts, the interval and handling "
                            + "time share one time unit: traffic A = contacts × ahtSeconds / intervalSeconds Erlangs. Give "
                            + "serviceLevelPercent with targetSeconds, or maxAsaSeconds, or both; every target given must be met.")
    record CalculationRequest(
            @Schema(
                            requiredMode = Schema.RequiredMode.REQUIRED,
                            description = "Contacts offered in the interval; " + "may be fractional, as forecasts are",
                            example = "100")
                    Double contacts,
            @Schema(description = "Length of the interval in seconds; 900 (15 minutes) when left out", example = "1800")
                    Double intervalSeconds,
            @Schema(
                            requiredMode = Schema.RequiredMode.REQUIRED,
                            description = "Average handling time in seconds",
                            example = "180")
                    Double ahtSeconds,
            @Schema(
                            description =
                                    "Share of contacts to answer within targetSeconds, in percent, above 0 and "
                                            + "below 100 (100% cannot be promised: some contacts always arrive while every agent is busy)",
                            example = "80")
                    Double serviceLevelPercent,
            @Schema(
                            description = "The service level's time in seconds; also the time the service level is "
                                    + "reported for when only maxAsaSeconds is the target",
                            example = "20")
                    Double targetSeconds,
            @Schema(description = "Longest acceptable average speed of answer in seconds, above 0")
                    Double maxAsaSeconds,
            @Schema(
                            description = "Highest acceptable occupancy in percent, 1 to 100; none when left out",
                            example = "85")
                    Double maxOccupancyPercent,
            @Schema(
                            description = "Share of paid time not available for contacts (breaks, training, absence), "
                                    + "in percent, from 0 to below 100; 0 when left out",
                            example = "30")
                    Double shrinkagePercent,
            @Schema(
                            description =
                                    "Customers' mean patience in seconds (exponentially distributed). With it, "
                                            + "Erlang A decides and abandonment is reported; without it, Erlang C (nobody gives up).",
                            example = "120")
                    Double patienceSeconds,
            @Schema(
                            description = "Highest acceptable share of contacts giving up before being answered, in "
                                    + "percent, above 0 and below 100; only with patienceSeconds. With patience, the answer may be "
                                    + "fewer agents than Erlangs of traffic when every target still holds.",
                            example = "5")
                    Double maxAbandonPercent,
            @Schema(
                            description =
                                    "How many staffing levels below and above the answer to report, 0 to 20; 3 when "
                                            + "left out",
                            example = "3")
                    Integer candidates) {

        StaffingQuestion question() {
            return new StaffingQuestion(
                    contacts,
                    intervalSeconds == null ? 900.0 : intervalSeconds,
                    ahtSeconds,
                    patienceSeconds,
                    serviceLevelPercent,
                    targetSeconds,
                    maxAsaSeconds,
                    maxOccupancyPercent,
                    shrinkagePercent,
                    maxAbandonPercent);
        }

        int spread() {
            new InputCheck().range("candidates", candidates, 0, MAX_SPREAD).throwIfAny();
            return candidates == null ? DEFAULT_SPREAD : candidates;
        }
    }

    @Schema(
            description = "What a number of agents on the floor achieves. Shares are percentages of all offered "
                    + "contacts.")
    record LevelResponse(
            int agents,
            @Schema(description = "Agents to schedule for this many on the floor after shrinkage") int scheduled,
            @Schema(
                            description =
                                    "Contacts answered within targetSeconds, in percent of all offered; contacts that "
                                            + "give up count as not answered in time. Absent without targetSeconds.")
                    Double serviceLevelPercent,
            @Schema(
                            description =
                                    "Mean wait in seconds of the contacts that are answered, those answered at once "
                                            + "counting as zero")
                    double asaSeconds,
            @Schema(description = "Share of the agents' time spent handling contacts") double occupancyPercent,
            @Schema(description = "Contacts that find every agent busy and wait") double probabilityOfWaitingPercent,
            @Schema(description = "Contacts that give up before being answered (Erlang A only)")
                    Double abandonmentPercent,
            @Schema(description = "Whether this level meets every target") boolean meetsTarget) {

        static LevelResponse of(Performance p, StaffingBasis basis, boolean abandons) {
            return new LevelResponse(
                    p.agents(),
                    basis.scheduled(p.agents()),
                    p.serviceLevel() == null ? null : Rounding.percent(p.serviceLevel()),
                    Rounding.fourDecimals(p.averageSpeedOfAnswer()),
                    Rounding.percent(p.occupancy()),
                    Rounding.percent(p.probabilityOfWaiting()),
                    abandons ? Rounding.percent(p.probabilityOfAbandoning()) : null,
                    p.agents() == 0 || basis.target().metBy(p));
        }
    }

    @Schema(
            description = "The answer: the fewest agents on the floor meeting every target (more than the traffic "
                    + "in Erlangs by Erlang C; by Erlang A as few as the targets allow, since customers give up), the agents to schedule, ceil(agents / (1 − shrinkage)), and what each level around "
                    + "the answer would achieve")
    record CalculationResponse(
            @Schema(description = "Offered traffic A in Erlangs") double trafficErlangs,
            @Schema(description = "ERLANG_C, or ERLANG_A when patienceSeconds was given") String model,
            int agents,
            int scheduled,
            @Schema(description = "What Erlang C alone would ask for (contacts that never give up)")
                    int agentsByErlangC,
            @Schema(description = "What the answer achieves") LevelResponse answer,
            @Schema(description = "Staffing levels around the answer, fewest agents first")
                    List<LevelResponse> candidates) {

        static CalculationResponse of(Requirement r, StaffingBasis basis, List<Performance> around) {
            boolean abandons = basis.patienceSeconds() != null;
            return new CalculationResponse(
                    Rounding.fourDecimals(r.trafficErlangs()),
                    abandons ? "ERLANG_A" : "ERLANG_C",
                    r.agents(),
                    r.scheduled(),
                    r.agentsByErlangC(),
                    LevelResponse.of(r.performance(), basis, abandons),
                    around.stream()
                            .map(p -> LevelResponse.of(p, basis, abandons))
                            .toList());
        }
    }
}
