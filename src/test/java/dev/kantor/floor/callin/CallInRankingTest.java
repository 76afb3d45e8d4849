package dev.kantor.floor.callin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CallInRankingTest {

    static CallInCandidate candidate(
            String name, boolean qualified, int skill, int languages, long minutes, Integer max) {
        return new CallInCandidate(name.hashCode(), name, qualified, skill, languages, minutes, max);
    }

    @Test
    void thoseHoldingTheQueuesSkillsComeFirstThenTheStrongerThenMoreLanguagesThenFewerHours() {
        List<CallInCandidate> ranked = CallInRanking.rank(
                List.of(
                        candidate("partly", false, 9, 2, 0, 2400),
                        candidate("rested", true, 5, 2, 600, 2400),
                        candidate("busy", true, 5, 2, 1800, 2400),
                        candidate("monolingual", true, 5, 1, 0, 2400),
                        candidate("strong", true, 8, 1, 2000, 2400)),
                60);

        assertThat(ranked)
                .extracting(CallInCandidate::name)
                .containsExactly("strong", "rested", "busy", "monolingual", "partly");
    }

    @Test
    void nobodyIsOfferedAStretchThatTakesThemPastTheirContractsWeek() {
        List<CallInCandidate> ranked = CallInRanking.rank(
                List.of(
                        candidate("at the limit", true, 5, 2, 2340, 2400),
                        candidate("over", true, 5, 2, 2350, 2400),
                        candidate("no contract known", true, 5, 2, 5000, null)),
                60);

        assertThat(ranked).extracting(CallInCandidate::name).containsExactly("at the limit", "no contract known");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void theOrderDoesNotDependOnTheOrderTheRosterGivesPeopleIn(long seed) {
        Random random = new Random(seed);
        List<CallInCandidate> people = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            people.add(candidate(
                    "p" + i, random.nextBoolean(), random.nextInt(10), random.nextInt(3), random.nextInt(2400), 2400));
        }
        List<CallInCandidate> shuffled = new ArrayList<>(people);
        Collections.shuffle(shuffled, random);

        List<CallInCandidate> ranked = CallInRanking.rank(people, 30);
        assertThat(CallInRanking.rank(shuffled, 30)).isEqualTo(ranked);
        for (int i = 1; i < ranked.size(); i++) {
            assertThat(!ranked.get(i - 1).holdsRequiredSkills() && ranked.get(i).holdsRequiredSkills())
                    .as("a qualified person never ranks below an unqualified one")
                    .isFalse();
            assertThat(ranked.get(i).minutesThisWeek() + 30).isLessThanOrEqualTo(2400);
        }
    }
}
