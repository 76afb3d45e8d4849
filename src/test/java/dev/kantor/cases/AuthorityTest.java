package dev.kantor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AuthorityTest {

    // agent 4 reports to team lead 3, who reports to manager 2, who reports to director 1
    static final long DIRECTOR = 1;
    static final long MANAGER = 2;
    static final long LEAD = 3;
    static final long AGENT = 4;

    static final class Line implements Approvers.Line {
        final Map<Long, Long> managers = new HashMap<>(Map.of(AGENT, LEAD, LEAD, MANAGER, MANAGER, DIRECTOR));
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
        assertThat(Approvers.above(AGENT, AGENT, ResolutionType.REFUND, 1_500_000, line)).contains(LEAD);
        assertThat(Approvers.above(AGENT, AGENT, ResolutionType.REFUND, 7_000_000, line)).contains(MANAGER);
    }

    @Test
    void aRequestAboveAnApproversOwnLimitGoesUpTheLine() {
        // the lead used most of their day's refunds already: the request passes on to the manager
        line.used.put(LEAD, 4_000_000L);
        assertThat(Approvers.above(AGENT, AGENT, ResolutionType.REFUND, 1_500_000, line)).contains(MANAGER);
        // and above everyone's limit, to the director at the top, who decides whatever reaches them
        assertThat(Approvers.above(AGENT, AGENT, ResolutionType.REFUND, 50_000_000, line)).contains(DIRECTOR);
        assertThat(Approvers.above(LEAD, AGENT, ResolutionType.REFUND, 1_500_000, line)).contains(MANAGER);
    }

    @Test
    void managersWithoutAuthorityForAnActionArePassedOver() {
        assertThat(Approvers.above(AGENT, AGENT, ResolutionType.FEE_WAIVER, 10_000, line)).contains(DIRECTOR);
    }

    @Test
    void nobodyApprovesTheirOwnRequest() {
        // a manager's own refund above their limit goes to the director, never back to themselves
        assertThat(Approvers.mayApprove(MANAGER, MANAGER, ResolutionType.REFUND, 1_000, line)).isFalse();
        assertThat(Approvers.above(MANAGER, MANAGER, ResolutionType.REFUND, 20_000_000, line)).contains(DIRECTOR);
        assertThat(Approvers.mayApprove(DIRECTOR, DIRECTOR, ResolutionType.REFUND, 1, line)).isFalse();
        assertThat(Approvers.above(DIRECTOR, DIRECTOR, ResolutionType.REFUND, 1, line)).isEmpty();
    }

    @Test
    void anApproverMayOnlyApproveWithinTheirOwnLimit() {
        assertThat(Approvers.mayApprove(LEAD, AGENT, ResolutionType.REFUND, 2_000_000, line)).isTrue();
        assertThat(Approvers.mayApprove(LEAD, AGENT, ResolutionType.REFUND, 2_000_001, line)).isFalse();
        assertThat(Approvers.mayApprove(DIRECTOR, AGENT, ResolutionType.REFUND, 99_000_000, line)).isTrue();
    }

    @Test
    void anEmployeesOwnDelegationOverridesTheirPositions() {
        List<Delegation> delegations = List.of(
                new Delegation(1L, Delegation.Scope.POSITION, 40, ResolutionType.REFUND, 500_000, 1_000_000, 0),
                new Delegation(2L, Delegation.Scope.EMPLOYEE, AGENT, ResolutionType.REFUND, 750_000, 2_000_000, 0));
        assertThat(Delegation.limitFor(AGENT, 40L, ResolutionType.REFUND, delegations))
                .map(AuthorityLimit::maxPerAction).contains(750_000L);
        assertThat(Delegation.limitFor(99, 40L, ResolutionType.REFUND, delegations))
                .map(AuthorityLimit::maxPerAction).contains(500_000L);
        assertThat(Delegation.limitFor(99, 40L, ResolutionType.STORE_CREDIT, delegations)).isEmpty();
    }
}
