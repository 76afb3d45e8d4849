package dev.kantor.policies.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.people.Office;
import dev.kantor.policies.PolicyCategory;
import dev.kantor.policies.ScopeKind;

import org.junit.jupiter.api.Test;

import static dev.kantor.policies.PolicyCategory.DRESS_CODE;
import static dev.kantor.policies.PolicyCategory.TELEWORK;
import static org.assertj.core.api.Assertions.assertThat;

/** The one rule, level by level: the most specific scope wins, ties are conflicts, later versions replace older. */
class RuleBookTest {

    static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    static final LocalDate MAR = LocalDate.of(2026, 3, 1);
    static final LocalDate JUN = LocalDate.of(2026, 6, 1);

    // an accountant: employee 7, position 20 (accountant), department 3 (accounting), back office
    static final Person ACCOUNTANT = new Person(7, 20, 3, Office.BACK);
    static final Person AGENT = new Person(8, 10, 1, Office.FRONT);

    static PolicyRule rule(long version, long policy, PolicyCategory category, Scope scope, LocalDate from) {
        return new PolicyRule(version, policy, (int) version, category, scope, from);
    }

    static Long winner(RuleBook book, Person person, PolicyCategory category, LocalDate on) {
        Outcome outcome = book.resolve(person, on).get(category);
        return outcome == null ? null : outcome.versionId().orElse(null);
    }

    @Test
    void everyLevelBeatsTheOneBelowIt() {
        List<PolicyRule> rules = List.of(
                rule(1, 1, DRESS_CODE, Scope.everyone(), JAN),
                rule(2, 2, DRESS_CODE, Scope.offices(Office.BACK), JAN),
                rule(3, 3, DRESS_CODE, Scope.of(ScopeKind.DEPARTMENTS, Set.of(3L)), JAN),
                rule(4, 4, DRESS_CODE, Scope.of(ScopeKind.POSITIONS, Set.of(20L)), JAN),
                rule(5, 5, DRESS_CODE, Scope.of(ScopeKind.EMPLOYEES, Set.of(7L)), JAN));
        for (int level = 5; level >= 1; level--) {
            RuleBook book = new RuleBook(rules.subList(0, level));
            assertThat(winner(book, ACCOUNTANT, DRESS_CODE, MAR)).isEqualTo((long) level);
        }
        // the agent is in none of the narrower scopes: everyone's applies
        assertThat(winner(new RuleBook(rules), AGENT, DRESS_CODE, MAR)).isEqualTo(1L);
    }

    @Test
    void nothingAppliesBeforeItTakesEffectOrToSomeoneOutsideItsScope() {
        RuleBook book = new RuleBook(List.of(rule(1, 1, TELEWORK, Scope.offices(Office.BACK), MAR)));
        assertThat(book.resolve(ACCOUNTANT, JAN)).isEmpty();
        assertThat(winner(book, ACCOUNTANT, TELEWORK, MAR)).isEqualTo(1L);
        assertThat(book.resolve(AGENT, JUN)).isEmpty();
    }

    @Test
    void theLatestVersionOfAPolicyReplacesItsOlderOnesWhomeverTheyWereFor() {
        RuleBook book = new RuleBook(List.of(
                rule(1, 1, TELEWORK, Scope.offices(Office.BACK, Office.FRONT), JAN),
                rule(2, 1, TELEWORK, Scope.offices(Office.BACK), MAR)));
        assertThat(winner(book, AGENT, TELEWORK, JAN)).isEqualTo(1L);
        assertThat(winner(book, AGENT, TELEWORK, MAR)).isNull();
        assertThat(winner(book, ACCOUNTANT, TELEWORK, JUN)).isEqualTo(2L);
    }

    @Test
    void ofTwoVersionsTakingEffectTheSameDayTheHigherNumberIsInForce() {
        RuleBook book = new RuleBook(List.of(
                new PolicyRule(11, 1, 2, DRESS_CODE, Scope.everyone(), MAR),
                new PolicyRule(10, 1, 1, DRESS_CODE, Scope.everyone(), MAR)));
        assertThat(winner(book, AGENT, DRESS_CODE, MAR)).isEqualTo(11L);
        assertThat(book.conflicts()).isEmpty();
    }

    @Test
    void twoPoliciesAtTheSameLevelAreAConflictAndNeitherWins() {
        RuleBook book = new RuleBook(List.of(
                rule(1, 1, DRESS_CODE, Scope.of(ScopeKind.DEPARTMENTS, Set.of(3L, 4L)), JAN),
                rule(2, 2, DRESS_CODE, Scope.of(ScopeKind.DEPARTMENTS, Set.of(3L)), JAN)));
        Outcome outcome = book.resolve(ACCOUNTANT, MAR).get(DRESS_CODE);
        assertThat(outcome.isConflict()).isTrue();
        assertThat(outcome.winner()).isEmpty();
        assertThat(outcome.conflicting()).extracting(PolicyRule::versionId).containsExactly(1L, 2L);
        assertThat(book.conflicts()).hasSize(1);
    }

    @Test
    void aMoreSpecificVersionSettlesAConflictForThoseItCoversButThePairStillConflicts() {
        RuleBook book = new RuleBook(List.of(
                rule(1, 1, DRESS_CODE, Scope.offices(Office.BACK), JAN),
                rule(2, 2, DRESS_CODE, Scope.offices(Office.BACK, Office.HYBRID), JAN),
                rule(3, 3, DRESS_CODE, Scope.of(ScopeKind.EMPLOYEES, Set.of(7L)), JAN)));
        assertThat(winner(book, ACCOUNTANT, DRESS_CODE, MAR)).isEqualTo(3L);
        assertThat(book.conflicts()).hasSize(1);
    }

    @Test
    void versionsThatNeverMeetInTimeDoNotConflict() {
        PolicyRule old = rule(1, 1, DRESS_CODE, Scope.everyone(), JAN);
        PolicyRule replacement = rule(2, 1, DRESS_CODE, Scope.offices(Office.FRONT), MAR);
        PolicyRule later = rule(3, 2, DRESS_CODE, Scope.everyone(), JUN);
        RuleBook book = new RuleBook(List.of(old, replacement, later));
        // policy 1's everyone version ends in March; policy 2's begins in June
        assertThat(book.conflicts()).isEmpty();
        assertThat(book.conflictsOf(rule(4, 3, DRESS_CODE, Scope.everyone(), JAN)))
                .extracting(c -> c.second().versionId())
                .containsExactlyInAnyOrder(1L, 3L);
    }

    @Test
    void differentCategoriesAndDifferentLevelsNeverConflict() {
        RuleBook book = new RuleBook(List.of(
                rule(1, 1, DRESS_CODE, Scope.everyone(), JAN),
                rule(2, 2, TELEWORK, Scope.everyone(), JAN),
                rule(3, 3, DRESS_CODE, Scope.offices(Office.BACK), JAN)));
        assertThat(book.conflicts()).isEmpty();
        Map<PolicyCategory, Outcome> accountant = book.resolve(ACCOUNTANT, MAR);
        assertThat(accountant).containsOnlyKeys(DRESS_CODE, TELEWORK);
    }

    @Test
    void theMatrixShowsWhatDiffersByEnvironment() {
        RuleBook book = new RuleBook(List.of(
                rule(1, 1, DRESS_CODE, Scope.offices(Office.FRONT), JAN),
                rule(2, 2, DRESS_CODE, Scope.offices(Office.BACK), JAN),
                rule(3, 3, DRESS_CODE, Scope.of(ScopeKind.DEPARTMENTS, Set.of(5L)), JAN),
                rule(4, 4, PolicyCategory.CONDUCT, Scope.everyone(), JAN),
                rule(5, 5, PolicyCategory.SAFETY, Scope.of(ScopeKind.POSITIONS, Set.of(9L)), JAN)));
        List<Matrix.Row> rows = Matrix.of(
                book,
                List.of(Environment.of(Office.FRONT), Environment.of(Office.BACK), Environment.department(5)),
                MAR);
        Matrix.Row dress = rows.get(PolicyCategory.DRESS_CODE.ordinal());
        assertThat(dress.cells())
                .extracting(c -> c.applies().map(PolicyRule::versionId).orElse(null))
                .containsExactly(1L, 2L, 3L);
        assertThat(dress.equalForAll()).isFalse();
        assertThat(rows.get(PolicyCategory.CONDUCT.ordinal()).equalForAll()).isTrue();
        assertThat(rows.get(PolicyCategory.SAFETY.ordinal()).exceptions()).hasSize(1);
        assertThat(rows.get(PolicyCategory.SAFETY.ordinal()).equalForAll()).isFalse();
    }

    @Test
    void whatIfNamesTheCategoriesAMoveChanges() {
        RuleBook book = new RuleBook(List.of(
                rule(1, 1, DRESS_CODE, Scope.offices(Office.FRONT), JAN),
                rule(2, 2, DRESS_CODE, Scope.offices(Office.BACK), JAN),
                rule(3, 3, TELEWORK, Scope.offices(Office.BACK), JAN),
                rule(4, 4, PolicyCategory.CONDUCT, Scope.everyone(), JAN)));
        List<WhatIf.Change> changes = WhatIf.of(book, ACCOUNTANT, ACCOUNTANT.movedTo(10, 1, Office.FRONT), MAR);
        assertThat(changes).extracting(WhatIf.Change::category).containsExactly(DRESS_CODE, TELEWORK);
        assertThat(changes.get(1).after()).isEmpty();
    }

    @Test
    void scopesReadBackAsTheyAreWritten() {
        Scope offices = Scope.offices(Office.HYBRID, Office.BACK);
        assertThat(Scope.parse(ScopeKind.OFFICE, offices.targets())).isEqualTo(offices);
        Scope people = Scope.of(ScopeKind.EMPLOYEES, Set.of(12L, 3L));
        assertThat(people.targets()).isEqualTo("3,12");
        assertThat(Scope.parse(ScopeKind.EMPLOYEES, people.targets())).isEqualTo(people);
        assertThat(Scope.parse(ScopeKind.EVERYONE, "")).isEqualTo(Scope.everyone());
    }
}
