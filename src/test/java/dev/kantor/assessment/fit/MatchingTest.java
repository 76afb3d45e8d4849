package dev.kantor.assessment.fit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.kantor.assessment.Dimension;
import dev.kantor.assessment.DimensionRange;
import dev.kantor.assessment.Leaning;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MatchingTest {

    static final long CUSTOMER_SERVICE = 1;
    static final long COMPLAINTS = 2;
    static final long ACCOUNTING = 3;

    /** The front desk: customer service 3, complaints 2; people 60 to 100, focus 0 to 50. */
    static final Profile DESK = new Profile(
            Leaning.FRONT,
            Map.of(CUSTOMER_SERVICE, 3, COMPLAINTS, 2),
            Map.of(Dimension.PEOPLE, new DimensionRange(60, 100), Dimension.FOCUS, new DimensionRange(0, 50)));

    static Person employee(long id, String name, Map<Long, Integer> skills, Map<Dimension, Integer> scores) {
        return new Person(Person.Kind.EMPLOYEE, id, name, skills, scores);
    }

    static Map<Dimension, Integer> scores(int people, int focus) {
        Map<Dimension, Integer> scores = new EnumMap<>(Dimension.class);
        scores.put(Dimension.PEOPLE, people);
        scores.put(Dimension.FOCUS, focus);
        return scores;
    }

    @Test
    void aSkillNotHeldCountsFromNothingAndOneHeldBelowCountsWhatIsMissing() {
        Match match = Matching.match(DESK, employee(1, "Ani", Map.of(CUSTOMER_SERVICE, 1), null));
        assertThat(match.skillGap()).isEqualTo(2 + 2);
        assertThat(match.skillGaps())
                .containsExactly(new Match.SkillGap(CUSTOMER_SERVICE, 3, 1), new Match.SkillGap(COMPLAINTS, 2, 0));
        assertThat(match.meetsEverySkill()).isFalse();
    }

    @Test
    void levelsAboveWhatIsAskedDoNotMakeUpForAnotherSkill() {
        Match match = Matching.match(DESK, employee(1, "Ani", Map.of(CUSTOMER_SERVICE, 5, ACCOUNTING, 5), null));
        assertThat(match.skillGap()).isEqualTo(2);
    }

    @Test
    void fitIsAHundredInsideEveryRangeAndFallsWithTheDistanceOutside() {
        Map<Long, Integer> skills = Map.of(CUSTOMER_SERVICE, 3, COMPLAINTS, 2);
        Match inside = Matching.match(DESK, employee(1, "Ani", skills, scores(60, 50)));
        assertThat(inside.fit()).isEqualTo(100);
        assertThat(inside.inside()).containsExactlyInAnyOrder(Dimension.PEOPLE, Dimension.FOCUS);
        assertThat(inside.meetsEverySkill()).isTrue();

        // people 40 is 20 below, focus 70 is 20 above: 20 on average
        Match outside = Matching.match(DESK, employee(2, "Budi", skills, scores(40, 70)));
        assertThat(outside.fit()).isEqualTo(80);
        assertThat(outside.outside())
                .containsExactly(
                        new Match.DimensionGap(Dimension.FOCUS, 70, 0, 50),
                        new Match.DimensionGap(Dimension.PEOPLE, 40, 60, 100));
    }

    @Test
    void withoutASharedResultFitIsUnknownNotZero() {
        Match match = Matching.match(DESK, employee(1, "Ani", Map.of(), null));
        assertThat(match.fit()).isNull();
    }

    @Test
    void aCandidateWhoseSkillsAreNotRecordedMissesEverySkillAndSaysWhy() {
        Match match = Matching.match(DESK, new Person(Person.Kind.CANDIDATE, 9, "Citra", null, scores(90, 10)));
        assertThat(match.skillsKnown()).isFalse();
        assertThat(match.skillGap()).isEqualTo(5);
        assertThat(match.fit()).isEqualTo(100);
    }

    @Test
    void skillGapsRankFirstThenFitWithUnknownFitLastThenName() {
        Map<Long, Integer> all = Map.of(CUSTOMER_SERVICE, 3, COMPLAINTS, 2);
        Person bestFit = employee(1, "Zaki", all, scores(90, 10));
        Person worseFit = employee(2, "Ani", all, scores(30, 90));
        Person unknownFit = employee(3, "Budi", all, null);
        Person sameUnknown = employee(4, "Adi", all, null);
        Person skillGap = employee(5, "Dewi", Map.of(CUSTOMER_SERVICE, 3), scores(100, 0));

        List<Match> ranked = Matching.rank(DESK, List.of(skillGap, sameUnknown, worseFit, unknownFit, bestFit));

        assertThat(ranked).extracting(m -> m.person().name()).containsExactly("Zaki", "Ani", "Adi", "Budi", "Dewi");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 45})
    void theRankingIsTheSameWhateverOrderPeopleComeIn(long seed) {
        Random random = new Random(seed);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Map<Long, Integer> skills = Map.of(CUSTOMER_SERVICE, random.nextInt(6), COMPLAINTS, random.nextInt(6));
            people.add(employee(
                    i,
                    "P" + random.nextInt(50),
                    skills,
                    random.nextBoolean() ? null : scores(random.nextInt(101), random.nextInt(101))));
        }
        List<Match> ranked = Matching.rank(DESK, people);
        Collections.shuffle(people, random);
        assertThat(Matching.rank(DESK, people)).isEqualTo(ranked);
        for (int i = 1; i < ranked.size(); i++) {
            assertThat(ranked.get(i).skillGap())
                    .isGreaterThanOrEqualTo(ranked.get(i - 1).skillGap());
        }
    }

    @Test
    void theCustomerServiceBaselineIsAddedOrRaisedNeverLowered() {
        Profile none = new Profile(Leaning.BACK, Map.of(ACCOUNTING, 3), Map.of());
        assertThat(none.withCustomerServiceBaseline(CUSTOMER_SERVICE).skills())
                .containsEntry(CUSTOMER_SERVICE, Profile.CUSTOMER_SERVICE_BASELINE)
                .containsEntry(ACCOUNTING, 3);
        Profile low = new Profile(Leaning.BACK, Map.of(CUSTOMER_SERVICE, 1), Map.of());
        assertThat(low.withCustomerServiceBaseline(CUSTOMER_SERVICE).skills())
                .containsEntry(CUSTOMER_SERVICE, Profile.CUSTOMER_SERVICE_BASELINE);
        Profile high = new Profile(Leaning.BACK, Map.of(CUSTOMER_SERVICE, 5), Map.of());
        assertThat(high.withCustomerServiceBaseline(CUSTOMER_SERVICE).skills()).containsEntry(CUSTOMER_SERVICE, 5);
    }
}
