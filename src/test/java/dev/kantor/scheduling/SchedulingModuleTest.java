package dev.kantor.scheduling;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.kantor.platform.InvalidInput;
import dev.kantor.platform.security.SystemUser;
import dev.kantor.scheduling.jobs.JobStatus;
import dev.kantor.scheduling.jobs.SolvingJob;
import dev.kantor.scheduling.jobs.SolvingJobs;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scheduling module on its own, with the platform only: what its API promises other modules
 * (shift types and contracts defined and read back, checked by the solver's rules), and a problem
 * solved in the background by the module's own solving node. It publishes no events yet.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "platform")
class SchedulingModuleTest {

    @Autowired
    ShiftTypes shiftTypes;

    @Autowired
    Contracts contracts;

    @Autowired
    SolvingJobs jobs;

    @Test
    void aShiftTypeAndAContractDefinedThroughTheApiAreReadBack() {
        ShiftTypeSummary type = SystemUser.call(() -> shiftTypes.define(new ShiftTypeDetails(
                "Module day",
                480,
                450,
                30,
                List.of(new BreakDetails("break", 15, 90, 150), new BreakDetails("lunch", 30, 210, 270)),
                60,
                210)));
        ContractSummary contract = SystemUser.call(
                () -> contracts.define(new ContractDetails("Module contract", List.of(type.id()), 1, 5, 2250, 660)));

        assertThat(shiftTypes.all()).contains(type);
        assertThat(type.paidMinutes()).isEqualTo(450);
        assertThat(contracts.all()).contains(contract);
        assertThat(contract.allowedShiftTypeIds()).containsExactly(type.id());
    }

    @Test
    void aDefinitionTheSolverCouldNotUseIsRefused() {
        assertThatThrownBy(() -> SystemUser.call(() -> shiftTypes.define(new ShiftTypeDetails(
                        "Unusable", 480, 480, 15, List.of(new BreakDetails("lunch", 30, 450, 465)), 0, 480))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactly("breaks[0].latestStartOffsetMinutes"));
        assertThatThrownBy(() -> SystemUser.call(
                        () -> contracts.define(new ContractDetails("Nothing", List.of(-1L), 1, 5, 2400, 660))))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aProblemSubmittedIsSolvedInTheBackground() throws Exception {
        UUID id =
                SystemUser.call(() -> jobs.submit(SchedulingFixtures.example())).id();

        SolvingJob job = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            job = SystemUser.call(() -> jobs.get(id));
            if (job.status().isFinished()) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(job.status()).isEqualTo(JobStatus.SOLVED);
        assertThat(job.shortfallCount()).isZero();
        assertThat(job.verdict().valid()).isTrue();
    }
}
