package dev.kantor.cases.resolution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import dev.kantor.cases.Delegation;
import dev.kantor.cases.ResolutionType;
import dev.kantor.platform.InvalidInput;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthorityTest {

    // agent 4 reports to team lead 3, who reports to manager 2, who reports to director 1
    static final long DIRECTOR = 1;
    static final long MANAGER = 2;
    static final long LEAD = 3;
    static final long AGENT = 4;

    // an agent in another manager's line, and the positions people hold
    static final long OTHER_MANAGER = 5;
    static final long OTHER_AGENT = 6;
    static final long AGENT_POSITION = 40;
    static final long MANAGER_POSITION = 20;

    static final class Line implements DelegationRules.Organisation {
        final Map<Long, Long> managers = new HashMap<>(Map.of(
                AGENT, LEAD, LEAD, MANAGER, MANAGER, DIRECTOR, OTHER_MANAGER, DIRECTOR, OTHER_AGENT, OTHER_MANAGER));
        final Map<Long, Long> positions =
                new HashMap<>(Map.of(AGENT, AGENT_POSITION, OTHER_AGENT, AGENT_POSITION, MANAGER, MANAGER_POSITION));
        final Set<Long> inactive = new java.util.HashSet<>();
        final Map<Long, AuthorityLimit> refundLimits = new HashMap<>(Map.of(
                AGENT, new AuthorityLimit(ResolutionType.REFUND, 500_000, 1_000_000),
                LEAD, new AuthorityLimit(ResolutionType.REFUND, 2_000_000, 5_000_000),
                MANAGER, new AuthorityLimit(ResolutionType.REFUND, 10_000_000, 30_000_000)));
        final Map<Long, Long> used = new HashMap<>();

        @Override
        public Optional<Long> managerOf(long employeeId) {
            return Optional.ofNullable(managers.get(employeeId));
        }

        @Override
        public Optional<AuthorityLimit> limitOf(long employeeId, ResolutionType type) {
            return type == ResolutionType.REFUND ? Optional.ofNullable(refundLimits.get(employeeId)) : Optional.empty();
        }

        @Override
        public long usedToday(long employeeId, ResolutionType type) {
            return used.getOrDefault(employeeId, 0L);
        }

        @Override
        public boolean claimToday(long employeeId, ResolutionType type, long amount, long maxPerDay) {
            long today = usedToday(employeeId, type);
            if (today > maxPerDay - amount) {
                return false;
            }
            used.put(employeeId, today + amount);
            return true;
        }

        @Override
        public boolean isActiveEmployee(long employeeId) {
            return employeeId >= DIRECTOR && employeeId <= OTHER_AGENT && !inactive.contains(employeeId);
        }

        @Override
        public Optional<Long> positionOf(long employeeId) {
            return Optional.ofNullable(positions.get(employeeId));
        }

        @Override
        public boolean isActivePosition(long positionId) {
            return positionId == AGENT_POSITION || positionId == MANAGER_POSITION;
        }
    }

    final Line line = new Line();
    final AuthorityLimit agentRefunds = new AuthorityLimit(ResolutionType.REFUND, 500_000, 1_000_000);

    @Test
    void anActionWithinTheLimitIsCarriedOutAtOnce() {
        assertThat(agentRefunds.check(500_000, 0)).isEqualTo(AuthorityCheck.WITHIN);
        assertThat(agentRefunds.check(200_000, 800_000)).isEqualTo(AuthorityCheck.WITHIN);
    }

    @Test
    void anActionAboveThePerActionLimitNeedsApproval() {
        assertThat(agentRefunds.check(500_001, 0)).isEqualTo(AuthorityCheck.ABOVE_PER_ACTION);
        assertThat(AuthorityCheck.ABOVE_PER_ACTION.needsApproval()).isTrue();
    }

    @Test
    void anActionThatWouldPassTheDailyTotalNeedsApproval() {
        assertThat(agentRefunds.check(300_000, 800_000)).isEqualTo(AuthorityCheck.ABOVE_PER_DAY);
        assertThat(agentRefunds.check(1, Long.MAX_VALUE - 5)).isEqualTo(AuthorityCheck.ABOVE_PER_DAY);
    }

    @Test
    void theNearestManagerWhoseLimitCoversItApproves() {
        assertThat(Approvers.above(AGENT, AGENT, ResolutionType.REFUND, 1_500_000, line))
                .contains(LEAD);
        assertThat(Approvers.above(AGENT, AGENT, ResolutionType.REFUND, 7_000_000, line))
                .contains(MANAGER);
    }

    @Test
    void aRequestAboveAnApproversOwnLimitGoesUpTheLine() {
        // the lead used most of their day's refunds already: the request passes on to the manager
        line.used.put(LEAD, 4_000_000L);
        assertThat(Approvers.above(AGENT, AGENT, ResolutionType.REFUND, 1_500_000, line))
                .contains(MANAGER);
        // and above everyone's limit, to the director at the top, who decides whatever reaches them
        assertThat(Approvers.above(AGENT, AGENT, ResolutionType.REFUND, 50_000_000, line))
                .contains(DIRECTOR);
        assertThat(Approvers.above(LEAD, AGENT, ResolutionType.REFUND, 1_500_000, line))
                .contains(MANAGER);
    }

    @Test
    void managersWithoutAuthorityForAnActionArePassedOver() {
        assertThat(Approvers.above(AGENT, AGENT, ResolutionType.FEE_WAIVER, 10_000, line))
                .contains(DIRECTOR);
    }

    @Test
    void nobodyApprovesTheirOwnRequest() {
        // a manager's own refund above their limit goes to the director, never back to themselves
        assertThat(Approvers.claimApproval(MANAGER, MANAGER, ResolutionType.REFUND, 1_000, line))
                .isFalse();
        assertThat(Approvers.above(MANAGER, MANAGER, ResolutionType.REFUND, 20_000_000, line))
                .contains(DIRECTOR);
        assertThat(Approvers.claimApproval(DIRECTOR, DIRECTOR, ResolutionType.REFUND, 1, line))
                .isFalse();
        assertThat(Approvers.above(DIRECTOR, DIRECTOR, ResolutionType.REFUND, 1, line))
                .isEmpty();
        assertThat(line.used).isEmpty();
    }

    @Test
    void anApproverMayOnlyApproveWithinTheirOwnLimit() {
        assertThat(Approvers.claimApproval(LEAD, AGENT, ResolutionType.REFUND, 2_000_000, line))
                .isTrue();
        assertThat(Approvers.claimApproval(LEAD, AGENT, ResolutionType.REFUND, 2_000_001, line))
                .isFalse();
        assertThat(Approvers.claimApproval(DIRECTOR, AGENT, ResolutionType.REFUND, 99_000_000, line))
                .isTrue();
    }

    @Test
    void approvingCountsTowardsTheApproversOwnDay() {
        // the lead approves 2,000,000 twice (their day is 5,000,000); a third would pass the day's limit
        assertThat(Approvers.claimApproval(LEAD, AGENT, ResolutionType.REFUND, 2_000_000, line))
                .isTrue();
        assertThat(Approvers.claimApproval(LEAD, AGENT, ResolutionType.REFUND, 2_000_000, line))
                .isTrue();
        assertThat(line.usedToday(LEAD, ResolutionType.REFUND)).isEqualTo(4_000_000);

        assertThat(Approvers.claimApproval(LEAD, AGENT, ResolutionType.REFUND, 2_000_000, line))
                .isFalse();
        assertThat(line.usedToday(LEAD, ResolutionType.REFUND))
                .as("a refused claim takes nothing")
                .isEqualTo(4_000_000);
    }

    @Test
    void aClaimWithinAuthorityTakesTheAmountFromTheDayAndOneBeyondItTakesNothing() {
        assertThat(Authority.claim(AGENT, ResolutionType.REFUND, 400_000, line)).isEqualTo(AuthorityCheck.WITHIN);
        assertThat(Authority.claim(AGENT, ResolutionType.REFUND, 400_000, line)).isEqualTo(AuthorityCheck.WITHIN);
        assertThat(Authority.claim(AGENT, ResolutionType.REFUND, 500_001, line))
                .isEqualTo(AuthorityCheck.ABOVE_PER_ACTION);
        assertThat(Authority.claim(AGENT, ResolutionType.REFUND, 400_000, line))
                .isEqualTo(AuthorityCheck.ABOVE_PER_DAY);
        assertThat(Authority.claim(AGENT, ResolutionType.FEE_WAIVER, 1, line)).isEqualTo(AuthorityCheck.NONE);
        assertThat(line.usedToday(AGENT, ResolutionType.REFUND)).isEqualTo(800_000);
        // looking takes nothing
        assertThat(Authority.preview(AGENT, ResolutionType.REFUND, 200_000, line))
                .isEqualTo(AuthorityCheck.WITHIN);
        assertThat(line.usedToday(AGENT, ResolutionType.REFUND)).isEqualTo(800_000);
        // the head of the organisation is never limited, and nothing is counted against them
        assertThat(Authority.claim(DIRECTOR, ResolutionType.REFUND, Long.MAX_VALUE, line))
                .isEqualTo(AuthorityCheck.WITHIN);
    }

    @Test
    void anEmployeesOwnDelegationOverridesTheirPositions() {
        List<Delegation> delegations = List.of(
                new Delegation(1L, Delegation.Scope.POSITION, 40, ResolutionType.REFUND, 500_000, 1_000_000, 0),
                new Delegation(2L, Delegation.Scope.EMPLOYEE, AGENT, ResolutionType.REFUND, 750_000, 2_000_000, 0));
        assertThat(AuthorityLimit.delegatedTo(AGENT, 40L, ResolutionType.REFUND, delegations))
                .map(AuthorityLimit::maxPerAction)
                .contains(750_000L);
        assertThat(AuthorityLimit.delegatedTo(99, 40L, ResolutionType.REFUND, delegations))
                .map(AuthorityLimit::maxPerAction)
                .contains(500_000L);
        assertThat(AuthorityLimit.delegatedTo(99, 40L, ResolutionType.STORE_CREDIT, delegations))
                .isEmpty();
    }

    // --- who may delegate what to whom ---

    static final DelegationRules.Delegator AS_MANAGER = new DelegationRules.Delegator(MANAGER, false);
    static final DelegationRules.Delegator AS_ADMIN = new DelegationRules.Delegator(99L, true);

    void delegate(DelegationRules.Delegator by, Delegation.Scope scope, long scopeId, long perAction, long perDay) {
        DelegationRules.checkDelegation(by, scope, scopeId, ResolutionType.REFUND, perAction, perDay, line);
    }

    @Test
    void aManagerDelegatesToTheirDirectAndIndirectReportsWithinTheirOwnLimit() {
        delegate(AS_MANAGER, Delegation.Scope.EMPLOYEE, LEAD, 10_000_000, 30_000_000);
        delegate(AS_MANAGER, Delegation.Scope.EMPLOYEE, AGENT, 1_000_000, 3_000_000);
    }

    @Test
    void nobodyDelegatesToThemselves() {
        assertThatThrownBy(() -> delegate(AS_MANAGER, Delegation.Scope.EMPLOYEE, MANAGER, 1, 1))
                .isInstanceOfSatisfying(DelegationRefused.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("authority.refused.self");
                    assertThat(e.field()).isEqualTo("scopeId");
                });
        assertThatThrownBy(() -> delegate(
                        new DelegationRules.Delegator(MANAGER, true), Delegation.Scope.EMPLOYEE, MANAGER, 1, 1))
                .as("not even an admin")
                .hasFieldOrPropertyWithValue("messageKey", "authority.refused.self");
        assertThatThrownBy(() -> delegate(
                        new DelegationRules.Delegator(MANAGER, true),
                        Delegation.Scope.POSITION,
                        MANAGER_POSITION,
                        1,
                        1))
                .as("nor to their own position")
                .hasFieldOrPropertyWithValue("messageKey", "authority.refused.own-position");
    }

    @Test
    void aManagerDelegatesOnlyWithinTheirReportingLine() {
        // their own manager, a peer, and a peer's report are all outside it
        for (long outside : new long[] {DIRECTOR, OTHER_MANAGER, OTHER_AGENT}) {
            assertThatThrownBy(() -> delegate(AS_MANAGER, Delegation.Scope.EMPLOYEE, outside, 1, 1))
                    .as("employee %d", outside)
                    .isInstanceOfSatisfying(DelegationRefused.class, e -> assertThat(e.messageKey())
                            .isEqualTo("authority.refused.outside-line"));
        }
    }

    @Test
    void aManagerNeverDelegatesMoreThanTheirOwnLimitPerActionOrPerDay() {
        // the manager's own refund limit: 10,000,000 per action, 30,000,000 a day
        assertThatThrownBy(() ->
                        delegate(AS_MANAGER, Delegation.Scope.EMPLOYEE, AGENT, 900_000_000_000L, 900_000_000_000L))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + " " + p.messageKey() + " " + p.args())
                        .containsExactly(
                                "maxPerAction authority.above-own-limit [Rp 10.000.000]",
                                "maxPerDay authority.above-own-limit [Rp 30.000.000]"));
        assertThatThrownBy(() -> delegate(AS_MANAGER, Delegation.Scope.EMPLOYEE, AGENT, 10_000_000, 30_000_001))
                .isInstanceOf(InvalidInput.class);
        // nor a kind of action they have no authority for themselves
        assertThatThrownBy(() -> DelegationRules.checkDelegation(
                        AS_MANAGER, Delegation.Scope.EMPLOYEE, AGENT, ResolutionType.FEE_WAIVER, 1L, 1L, line))
                .isInstanceOfSatisfying(
                        DelegationRefused.class, e -> assertThat(e.field()).isEqualTo("type"));
    }

    @Test
    void theHeadOfTheOrganisationHasNoOwnLimitToKeepTo() {
        delegate(
                new DelegationRules.Delegator(DIRECTOR, false),
                Delegation.Scope.EMPLOYEE,
                AGENT,
                DelegationRules.MAX_AMOUNT,
                DelegationRules.MAX_AMOUNT);
    }

    @Test
    void onlyAdminsSetPositionLimits() {
        assertThatThrownBy(() -> delegate(AS_MANAGER, Delegation.Scope.POSITION, AGENT_POSITION, 1, 1))
                .isInstanceOfSatisfying(DelegationRefused.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("authority.refused.positions");
                    assertThat(e.field()).isEqualTo("scope");
                });
        delegate(AS_ADMIN, Delegation.Scope.POSITION, AGENT_POSITION, 20_000_000, 50_000_000);
        // and any active employee's, above anyone's own limit
        delegate(AS_ADMIN, Delegation.Scope.EMPLOYEE, OTHER_AGENT, 20_000_000, 50_000_000);
    }

    @ParameterizedTest(name = "employee {0}")
    @ValueSource(longs = {-1, 0, 2_147_483_648L, Long.MAX_VALUE})
    void theEmployeeMustExist(long id) {
        for (DelegationRules.Delegator by : List.of(AS_MANAGER, AS_ADMIN)) {
            assertThatThrownBy(() -> delegate(by, Delegation.Scope.EMPLOYEE, id, 1, 1))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                            .extracting(p -> p.field() + " " + p.messageKey())
                            .containsExactly("scopeId authority.unknown-employee"));
        }
    }

    @Test
    void theEmployeeMustBeActive() {
        line.inactive.add(AGENT);
        assertThatThrownBy(() -> delegate(AS_MANAGER, Delegation.Scope.EMPLOYEE, AGENT, 1, 1))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> delegate(AS_ADMIN, Delegation.Scope.POSITION, 77, 1, 1))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("authority.unknown-position"));
    }

    @Test
    void withdrawingFollowsTheSameReachAsDelegating() {
        Delegation agents =
                new Delegation(1L, Delegation.Scope.POSITION, AGENT_POSITION, ResolutionType.REFUND, 1, 1, 0);
        Delegation agus = new Delegation(2L, Delegation.Scope.EMPLOYEE, AGENT, ResolutionType.REFUND, 1, 1, 0);
        Delegation other = new Delegation(3L, Delegation.Scope.EMPLOYEE, OTHER_AGENT, ResolutionType.REFUND, 1, 1, 0);
        Delegation own = new Delegation(4L, Delegation.Scope.EMPLOYEE, MANAGER, ResolutionType.REFUND, 1, 1, 0);

        DelegationRules.checkWithdrawal(AS_MANAGER, agus, line);
        for (Delegation refused : List.of(agents, other, own)) {
            assertThatThrownBy(() -> DelegationRules.checkWithdrawal(AS_MANAGER, refused, line))
                    .as("delegation %d", refused.id())
                    .isInstanceOf(DelegationRefused.class);
        }
        DelegationRules.checkWithdrawal(AS_ADMIN, agents, line);
        DelegationRules.checkWithdrawal(AS_ADMIN, other, line);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void aManagementLineWithALoopEndsTheSearch(long seed) {
        // random reporting lines, some with loops, never hang the search and never reach outside the loop
        Random random = new Random(seed);
        Map<Long, Long> managers = new HashMap<>();
        for (long e = 1; e <= 30; e++) {
            managers.put(e, 1 + (long) random.nextInt(30));
        }
        for (long e = 1; e <= 30; e++) {
            boolean found = DelegationRules.reportsTo(e, 99, id -> Optional.ofNullable(managers.get(id)));
            assertThat(found).isFalse();
        }
    }

    @Test
    void inputIsCheckedBeforeAnythingElse() {
        assertThatThrownBy(() -> DelegationRules.checkDelegation(
                        AS_MANAGER, null, null, null, -1L, DelegationRules.MAX_AMOUNT + 1, line))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactly("scope", "scopeId", "type", "maxPerAction", "maxPerDay"));
    }
}
