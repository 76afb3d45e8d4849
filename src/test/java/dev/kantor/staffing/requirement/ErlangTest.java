package dev.kantor.staffing.requirement;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The queueing mathematics: published values, limits, and how the figures move with staffing. */
class ErlangTest {

    private static StaffingQuestion question(
            double contacts,
            double intervalSeconds,
            double aht,
            Double patience,
            Double level,
            Double seconds,
            Double asa,
            Double occupancy,
            Double shrinkage) {
        return question(contacts, intervalSeconds, aht, patience, level, seconds, asa, occupancy, shrinkage, null);
    }

    private static StaffingQuestion question(
            double contacts,
            double intervalSeconds,
            double aht,
            Double patience,
            Double level,
            Double seconds,
            Double asa,
            Double occupancy,
            Double shrinkage,
            Double maxAbandon) {
        return new StaffingQuestion(
                contacts, intervalSeconds, aht, patience, level, seconds, asa, occupancy, shrinkage, maxAbandon);
    }

    /** 100 calls in 30 minutes, AHT 180 s, 80% in 20 s, occupancy at most 85%, shrinkage 30%. */
    private static StaffingQuestion workedExample(Double patience) {
        return question(100, 1800, 180, patience, 80.0, 20.0, null, 85.0, 30.0);
    }

    @Test
    void meetsThePublishedWorkedExample() {
        Requirement answer = workedExample(null).requirement();

        assertThat(answer.trafficErlangs()).isCloseTo(10.0, within(1e-12));
        assertThat(answer.agents()).isEqualTo(14);
        assertThat(answer.performance().serviceLevel()).isCloseTo(0.888, within(0.0005));
        assertThat(answer.performance().averageSpeedOfAnswer()).isCloseTo(7.8, within(0.05));
        assertThat(answer.performance().occupancy()).isCloseTo(0.714, within(0.0005));
        assertThat(answer.performance().probabilityOfWaiting()).isCloseTo(0.174, within(0.0005));
        assertThat(answer.performance().probabilityOfAbandoning()).isZero();
        assertThat(answer.scheduled())
                .as("14 / 0.7 is 20, whatever the rounding")
                .isEqualTo(20);
        assertThat(answer.withAbandonment()).isFalse();
    }

    @Test
    void thirteenAgentsWouldJustMissTheTarget() {
        StaffingBasis basis = workedExample(null).basis();
        Requirement answer = basis.requirementFor(100, 1800);

        var candidates = basis.candidatesAround(answer, 100, 1800, 3);

        assertThat(candidates).extracting(Performance::agents).containsExactly(11, 12, 13, 14, 15, 16, 17);
        assertThat(candidates.get(2).serviceLevel())
                .isCloseTo(0.7956, within(0.0005))
                .isLessThan(0.8);
    }

    @ParameterizedTest(name = "B({0}, {1}) = {2}")
    @CsvSource({"1, 1, 0.5", "2, 1, 0.2", "5, 2, 0.0366972", "10, 5, 0.0183846", "100, 80, 0.0039920"})
    void erlangBMatchesTheTables(int n, double traffic, double expected) {
        assertThat(ErlangB.blocking(n, traffic)).isCloseTo(expected, within(5e-8));
    }

    @ParameterizedTest(name = "C({0}, {1}) = {2}")
    @CsvSource({"2, 1, 0.3333333", "5, 3, 0.2361516", "20, 15, 0.1604294", "100, 90, 0.2169405", "14, 10, 0.1741319"})
    void erlangCMatchesTheTables(int n, double traffic, double expected) {
        Performance p = ErlangC.at(n, traffic, ErlangB.blocking(n, traffic), 180, 20.0);
        assertThat(p.probabilityOfWaiting()).isCloseTo(expected, within(5e-8));
    }

    @Test
    void walkingErlangBBackAgreesWithTheRecursion() {
        ErlangB.Walk walk = new ErlangB.Walk(400, 350.5);
        for (int n = 399; n >= 300; n--) {
            assertThat(walk.at(n))
                    .isCloseTo(ErlangB.blocking(n, 350.5), org.assertj.core.api.Assertions.withinPercentage(1e-10));
        }
        assertThat(walk.at(420)).isCloseTo(ErlangB.blocking(420, 350.5), within(1e-14));
    }

    @Test
    void tenThousandErlangsFinishQuicklyWithSaneFigures() {
        // 200,000 calls in 30 minutes at 90 s each: 10,000 Erlangs
        long start = System.nanoTime();
        Requirement answer =
                question(200_000, 1800, 90, null, 80.0, 20.0, null, null, 30.0).requirement();
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(answer.trafficErlangs()).isCloseTo(10_000, within(1e-6));
        assertThat(answer.agents()).isBetween(10_001, 10_200);
        assertThat(answer.performance().serviceLevel()).isBetween(0.8, 1.0);
        assertThat(answer.performance().occupancy()).isBetween(0.98, 1.0);
        assertThat(answer.performance().averageSpeedOfAnswer()).isFinite().isPositive();
        assertThat(answer.scheduled()).isEqualTo((int) Math.ceil(answer.agents() / 0.7 - 1e-9));
        assertThat(millis).as("not a benchmark, only no pathology").isLessThan(2000);

        Requirement lessOne = question(200_000, 1800, 90, null, 80.0, 20.0, null, null, 30.0)
                                .basis()
                                .candidatesAround(answer, 200_000, 1800, 1)
                                .get(0)
                                .serviceLevel()
                        >= 0.8
                ? null
                : answer;
        assertThat(lessOne).as("one agent fewer misses the target").isNotNull();
    }

    @Test
    void aFractionOfAnErlangNeedsOneAgent() {
        // 1 call in an hour at 36 s: 0.01 Erlangs
        Requirement answer =
                question(1, 3600, 36, null, 80.0, 20.0, null, 85.0, 0.0).requirement();

        assertThat(answer.trafficErlangs()).isCloseTo(0.01, within(1e-12));
        assertThat(answer.agents()).isEqualTo(1);
        assertThat(answer.performance().probabilityOfWaiting()).isCloseTo(0.01, within(1e-12));
        assertThat(answer.performance().occupancy()).isCloseTo(0.01, within(1e-12));
    }

    @Test
    void noContactsNeedNoAgents() {
        Requirement answer =
                question(0, 900, 180, null, 80.0, 20.0, null, 85.0, 30.0).requirement();
        assertThat(answer.agents()).isZero();
        assertThat(answer.scheduled()).isZero();
        assertThat(answer.performance().serviceLevel()).isEqualTo(1.0);
    }

    @Test
    void anAsaTargetAloneDecides() {
        Requirement answer =
                question(100, 1800, 180, null, null, null, 10.0, null, null).requirement();
        assertThat(answer.agents()).isEqualTo(14); // 13 agents: ASA 17.1 s; 14: 7.8 s
        assertThat(answer.performance().serviceLevel()).isNull();
    }

    @Test
    void theOccupancyCapCanDecide() {
        // 10 Erlangs at most 50% busy: 20 agents, far more than 80/20 needs
        Requirement answer =
                question(100, 1800, 180, null, 80.0, 20.0, null, 50.0, 0.0).requirement();
        assertThat(answer.agents()).isEqualTo(20);
        assertThat(answer.performance().occupancy()).isCloseTo(0.5, within(1e-12));
    }

    static Stream<double[]> randomWorkloads() {
        Random random = new Random(20_260_505L);
        return IntStream.range(0, 200).mapToObj(i -> new double[] {
            Math.exp(random.nextDouble() * Math.log(5000)) / 10, // 0.1 to 500 Erlangs, spread evenly by scale
            10 + random.nextDouble() * 590, // AHT
            random.nextDouble() * 60, // target seconds
            5 + random.nextDouble() * 600
        }); // patience
    }

    @ParameterizedTest
    @MethodSource("randomWorkloads")
    void moreAgentsServeBetterInBothModels(double[] w) {
        double traffic = w[0];
        double aht = w[1];
        double seconds = w[2];
        double patience = w[3];
        int first = RequiredAgents.fewestAbove(traffic);
        ErlangB.Walk blocking = new ErlangB.Walk(first, traffic);
        Performance previousC = null;
        Performance previousA = null;
        for (int n = first; n < first + 15; n++) {
            Performance c = ErlangC.at(n, traffic, blocking.at(n), aht, seconds);
            Performance a = ErlangA.at(n, traffic, blocking.at(n), aht, patience, seconds);
            for (Performance p : new Performance[] {c, a}) {
                assertThat(p.serviceLevel()).isBetween(0.0, 1.0);
                assertThat(p.probabilityOfWaiting()).isBetween(0.0, 1.0);
                assertThat(p.probabilityOfAbandoning()).isBetween(0.0, 1.0);
                assertThat(p.occupancy()).isBetween(0.0, 1.0);
                assertThat(p.averageSpeedOfAnswer()).isNotNegative().isFinite();
            }
            if (previousC != null) {
                assertThat(c.serviceLevel()).isGreaterThanOrEqualTo(previousC.serviceLevel() - 1e-12);
                assertThat(c.probabilityOfWaiting()).isLessThanOrEqualTo(previousC.probabilityOfWaiting() + 1e-12);
                assertThat(c.averageSpeedOfAnswer()).isLessThanOrEqualTo(previousC.averageSpeedOfAnswer() + 1e-9);
                assertThat(a.serviceLevel()).isGreaterThanOrEqualTo(previousA.serviceLevel() - 1e-12);
                assertThat(a.probabilityOfWaiting()).isLessThanOrEqualTo(previousA.probabilityOfWaiting() + 1e-12);
                assertThat(a.probabilityOfAbandoning())
                        .isLessThanOrEqualTo(previousA.probabilityOfAbandoning() + 1e-12);
                assertThat(a.occupancy()).isLessThanOrEqualTo(previousA.occupancy() + 1e-12);
            }
            previousC = c;
            previousA = a;
        }
    }

    @ParameterizedTest
    @MethodSource("randomWorkloads")
    void theAnswerIsTheFewestAgentsMeetingTheTarget(double[] w) {
        double contacts = w[0] * 900 / w[1];
        for (Double patience : new Double[] {null, w[3]}) {
            StaffingBasis basis = question(contacts, 900, w[1], patience, 80.0, w[2], null, 90.0, 25.0)
                    .basis();
            Requirement answer = basis.requirementFor(contacts, 900);
            var around = basis.candidatesAround(answer, contacts, 900, 1);
            Performance chosen = around.stream()
                    .filter(p -> p.agents() == answer.agents())
                    .findFirst()
                    .orElseThrow();
            assertThat(basis.target().metBy(chosen)).isTrue();
            if (patience == null) {
                assertThat(answer.agents())
                        .as("Erlang C's queue is stable only above the load")
                        .isGreaterThan((int) Math.floor(w[0]));
            }
            if (around.get(0).agents() < answer.agents()) {
                assertThat(basis.target().metBy(around.get(0)))
                        .as("one fewer agent misses a target")
                        .isFalse();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("randomWorkloads")
    void withAnAbandonmentCapTheAnswerIsStillTheFewestMeetingEveryTarget(double[] w) {
        double contacts = w[0] * 900 / w[1];
        StaffingBasis capped = question(contacts, 900, w[1], w[3], 80.0, w[2], null, null, 0.0, 5.0)
                .basis();
        Requirement answer = capped.requirementFor(contacts, 900);
        var around = capped.candidatesAround(answer, contacts, 900, 1);

        assertThat(answer.performance().probabilityOfAbandoning()).isLessThanOrEqualTo(0.05 + 1e-12);
        assertThat(capped.target().metBy(answer.performance())).isTrue();
        if (around.get(0).agents() < answer.agents()) {
            assertThat(capped.target().metBy(around.get(0)))
                    .as("one fewer agent misses a target")
                    .isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("randomWorkloads")
    void erlangAServesBetterWithMoreAgentsBelowTheLoadToo(double[] w) {
        double traffic = w[0];
        int first = Math.max(1, (int) Math.floor(traffic * 0.7));
        ErlangB.Walk blocking = new ErlangB.Walk(first, traffic);
        Performance previous = null;
        for (int n = first; n <= RequiredAgents.fewestAbove(traffic); n++) {
            Performance a = ErlangA.at(n, traffic, blocking.at(n), w[1], w[3], w[2]);
            assertThat(a.probabilityOfAbandoning()).isBetween(0.0, 1.0);
            assertThat(a.occupancy()).isBetween(0.0, 1.0 + 1e-12);
            if (previous != null) {
                assertThat(a.serviceLevel()).isGreaterThanOrEqualTo(previous.serviceLevel() - 1e-12);
                assertThat(a.probabilityOfAbandoning()).isLessThanOrEqualTo(previous.probabilityOfAbandoning() + 1e-12);
                assertThat(a.averageSpeedOfAnswer()).isLessThanOrEqualTo(previous.averageSpeedOfAnswer() + 1e-9);
                assertThat(a.occupancy()).isLessThanOrEqualTo(previous.occupancy() + 1e-12);
            }
            previous = a;
        }
    }

    /**
     * 1,608 Erlangs of impatient callers: Erlang A meets 80% in 20 s well below the load, which
     * Erlang C (everybody waits) cannot; a cap on abandonment then decides how far below.
     */
    @Test
    void impatientCustomersCanBeServedWithFewerAgentsThanErlangsWithinTheAbandonmentCap() {
        double contacts = 6432;
        StaffingBasis uncapped =
                question(contacts, 900, 225, 60.0, 80.0, 20.0, null, null, 0.0).basis();
        StaffingBasis capped = question(contacts, 900, 225, 60.0, 80.0, 20.0, null, null, 0.0, 5.0)
                .basis();

        Requirement levelOnly = uncapped.requirementFor(contacts, 900);
        Requirement withCap = capped.requirementFor(contacts, 900);

        assertThat(levelOnly.trafficErlangs()).isCloseTo(1608, within(1e-9));
        assertThat(levelOnly.agentsByErlangC()).isGreaterThan(1608);
        assertThat(levelOnly.agents()).isLessThan(1608);
        assertThat(levelOnly.performance().serviceLevel()).isGreaterThanOrEqualTo(0.8);
        assertThat(withCap.agents()).isGreaterThan(levelOnly.agents());
        assertThat(withCap.performance().probabilityOfAbandoning()).isLessThanOrEqualTo(0.05);
        for (StaffingBasis basis : new StaffingBasis[] {uncapped, capped}) {
            Requirement answer = basis.requirementFor(contacts, 900);
            Performance oneFewer =
                    basis.candidatesAround(answer, contacts, 900, 1).get(0);
            assertThat(oneFewer.agents()).isEqualTo(answer.agents() - 1);
            assertThat(basis.target().metBy(oneFewer))
                    .as("one fewer agent misses a target")
                    .isFalse();
        }
    }

    @Test
    void walkingErlangBFarBelowTheLoadStaysAccurate() {
        ErlangB.Walk walk = new ErlangB.Walk(1700, 1608);
        for (int n : new int[] {1650, 1500, 1419, 1000, 400, 1}) {
            assertThat(walk.at(n))
                    .isCloseTo(ErlangB.blocking(n, 1608), org.assertj.core.api.Assertions.withinPercentage(1e-8));
        }
    }

    @Test
    void anAbandonmentCapNeedsPatienceAndAShareBelowAHundred() {
        assertThatThrownBy(() -> question(100, 1800, 180, null, 80.0, 20.0, null, null, 0.0, 5.0)
                        .requirement())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "maxAbandonPercent", "staffing.validation.abandon-needs-patience")));
        for (double bad : new double[] {0, -1, 100, Double.NaN}) {
            assertThatThrownBy(() -> question(100, 1800, 180, 60.0, 80.0, 20.0, null, null, 0.0, bad)
                            .requirement())
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::messageKey)
                            .containsExactly("staffing.validation.abandon"));
        }
        Requirement capOnly =
                question(100, 1800, 180, 60.0, null, null, null, null, 0.0, 2.0).requirement();
        assertThat(capOnly.performance().probabilityOfAbandoning()).isLessThanOrEqualTo(0.02);
    }

    @ParameterizedTest
    @CsvSource({"10, 14, 180, 20", "10, 11, 180, 20", "350.5, 370, 300, 15", "0.3, 1, 60, 0", "2000, 2040, 90, 30"})
    void erlangAWithEndlessPatienceIsErlangC(double traffic, int n, double aht, double seconds) {
        double b = ErlangB.blocking(n, traffic);
        Performance c = ErlangC.at(n, traffic, b, aht, seconds);
        Performance a = ErlangA.at(n, traffic, b, aht, 1e12, seconds);

        assertThat(a.probabilityOfWaiting()).isCloseTo(c.probabilityOfWaiting(), within(1e-6));
        assertThat(a.serviceLevel()).isCloseTo(c.serviceLevel(), within(1e-6));
        assertThat(a.averageSpeedOfAnswer()).isCloseTo(c.averageSpeedOfAnswer(), within(1e-4));
        assertThat(a.occupancy()).isCloseTo(c.occupancy(), within(1e-6));
        assertThat(a.probabilityOfAbandoning()).isLessThan(1e-6);
    }

    @Test
    void impatientCustomersWaitLessOftenThanErlangCSays() {
        double b = ErlangB.blocking(14, 10);
        Performance c = ErlangC.at(14, 10, b, 180, 20.0);
        Performance a = ErlangA.at(14, 10, b, 180, 30.0, 20.0);

        assertThat(a.probabilityOfWaiting()).isLessThan(c.probabilityOfWaiting());
        assertThat(a.probabilityOfAbandoning()).isPositive();
        assertThat(a.averageSpeedOfAnswer()).isLessThan(c.averageSpeedOfAnswer());
    }

    @Test
    void erlangAIsStableEvenWithFewerAgentsThanErlangs() {
        double b = ErlangB.blocking(8, 10);
        Performance a = ErlangA.at(8, 10, b, 180, 60.0, 20.0);
        assertThat(a.probabilityOfAbandoning()).isBetween(0.2, 0.9);
        assertThat(a.occupancy()).isLessThan(1.0);
        assertThat(a.serviceLevel()).isBetween(0.0, 0.8);
    }

    @Test
    void withPatienceErlangADecidesTheRequirement() {
        Requirement answer = workedExample(120.0).requirement();

        assertThat(answer.withAbandonment()).isTrue();
        assertThat(answer.agentsByErlangC()).isEqualTo(14);
        assertThat(answer.agents()).isBetween(11, 14);
        assertThat(answer.performance().probabilityOfAbandoning()).isPositive();
        assertThat(answer.performance().serviceLevel()).isGreaterThanOrEqualTo(0.8);
    }

    /**
     * An independent check of the exact Erlang A figures: a seeded simulation of the same queue
     * (Poisson arrivals, exponential handling and patience, first come first served).
     */
    @ParameterizedTest
    @CsvSource({"10, 10, 180, 60, 20", "10, 14, 180, 120, 20", "16.67, 12, 300, 30, 30", "3, 5, 240, 300, 60"})
    void erlangAAgreesWithASimulationOfTheSameQueue(
            double traffic, int n, double aht, double patience, double seconds) {
        Performance exact = ErlangA.at(n, traffic, ErlangB.blocking(n, traffic), aht, patience, seconds);
        Performance simulated = simulate(traffic / aht, aht, n, patience, seconds, 400_000, new Random(7));

        assertThat(exact.probabilityOfWaiting()).isCloseTo(simulated.probabilityOfWaiting(), within(0.01));
        assertThat(exact.probabilityOfAbandoning()).isCloseTo(simulated.probabilityOfAbandoning(), within(0.01));
        assertThat(exact.serviceLevel()).isCloseTo(simulated.serviceLevel(), within(0.01));
        assertThat(exact.averageSpeedOfAnswer())
                .isCloseTo(simulated.averageSpeedOfAnswer(), within(0.05 * simulated.averageSpeedOfAnswer() + 0.2));
    }

    private static Performance simulate(
            double rate, double aht, int n, double patience, double seconds, int contacts, Random random) {
        PriorityQueue<Double> completions = new PriorityQueue<>();
        Deque<double[]> queue = new ArrayDeque<>(); // arrival, gives up at
        int busy = 0;
        int waited = 0;
        int abandoned = 0;
        int inTime = 0;
        int answered = 0;
        double answeredWait = 0;
        double now = 0;
        for (int i = 0; i < contacts; i++) {
            now += exponential(random, 1 / rate);
            while (!completions.isEmpty() && completions.peek() <= now) {
                double done = completions.poll();
                boolean next = false;
                while (!queue.isEmpty()) {
                    double[] waiting = queue.poll();
                    if (waiting[1] > done) {
                        double wait = done - waiting[0];
                        answered++;
                        answeredWait += wait;
                        inTime += wait <= seconds ? 1 : 0;
                        completions.add(done + exponential(random, aht));
                        next = true;
                        break;
                    }
                    abandoned++;
                }
                if (!next) {
                    busy--;
                }
            }
            if (busy < n) {
                busy++;
                answered++;
                inTime++;
                completions.add(now + exponential(random, aht));
            } else {
                waited++;
                queue.add(new double[] {now, now + exponential(random, patience)});
            }
        }
        return new Performance(
                n,
                (double) inTime / contacts,
                answeredWait / answered,
                0,
                (double) waited / contacts,
                (double) abandoned / contacts);
    }

    private static double exponential(Random random, double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    @Test
    void badInputIsRefusedWithEveryFieldNamed() {
        assertThatThrownBy(() ->
                        question(-5, 0, 0, -1.0, 80.0, 20.0, null, 85.0, 100.0).requirement())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("contacts", "staffing.validation.contacts"),
                                org.assertj.core.groups.Tuple.tuple("intervalSeconds", "staffing.validation.interval"),
                                org.assertj.core.groups.Tuple.tuple("ahtSeconds", "staffing.validation.aht"),
                                org.assertj.core.groups.Tuple.tuple("patienceSeconds", "staffing.validation.patience"),
                                org.assertj.core.groups.Tuple.tuple(
                                        "shrinkagePercent", "staffing.validation.shrinkage")));
    }

    @Test
    void targetsNoStaffingCanMeetAreRefusedBeforeAnySearch() {
        assertThatThrownBy(() -> question(100, 1800, 180, null, 100.0, 0.0, null, null, 0.0)
                        .requirement())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey)
                        .containsExactly("staffing.target-unreachable"));
        assertThatThrownBy(() -> question(100, 1800, 180, null, null, null, 0.0, null, 0.0)
                        .requirement())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("maxAsaSeconds"));
        assertThatThrownBy(() -> question(100, 1800, 180, null, null, null, null, 85.0, 0.0)
                        .requirement())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey)
                        .containsExactly("staffing.validation.no-target"));
        assertThatThrownBy(() -> question(1e9, 60, 600, null, 80.0, 20.0, null, null, 0.0)
                        .requirement())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey)
                        .containsExactly("staffing.validation.traffic"));
    }

    @Test
    void theSearchGivesUpWithAMessageInsteadOfHanging() {
        Workload workload = new Workload(100, 1800, 180, null);
        ServiceTarget nearlyPerfect = new ServiceTarget(0.999_999_999, 0.0, null, null);

        assertThatThrownBy(() -> RequiredAgents.find(workload, nearlyPerfect, 0, 20))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "serviceLevelPercent", "staffing.target-unreachable")));
        assertThatThrownBy(() -> RequiredAgents.find(new Workload(100, 1800, 180, 60.0), nearlyPerfect, 0, 20))
                .isInstanceOf(InvalidInput.class);
        assertThat(RequiredAgents.find(workload, nearlyPerfect, 0).agents()).isBetween(20, 40);
    }
}
