package dev.kantor.routing.helpers;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.kantor.people.Office;
import dev.kantor.routing.Candidate;
import dev.kantor.routing.HelpAnswer;
import dev.kantor.routing.PresenceStatus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HelperRankingTest {

    static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
    static final long CS = 2;

    static Candidate candidate(
            long id,
            String name,
            Office office,
            int skill,
            boolean speaks,
            PresenceStatus presence,
            Instant back,
            int openCases,
            int pendingOffers) {
        return new Candidate(
                id, name, office, CS, skill, speaks, presence, back, openCases, pendingOffers, false, false);
    }

    static Candidate person(long id, String name, Office office, int skill, PresenceStatus presence, int openCases) {
        return candidate(id, name, office, skill, true, presence, null, openCases, 0);
    }

    static HelpAnswer rank(List<Candidate> qualified, Long... excluded) {
        return HelperRanking.rank("warranty", "id", CS, qualified, Set.of(excluded), 20);
    }

    @Test
    void theMoreExpertComeFirstThenTheLessLoadedThenTheFrontOffice() {
        HelpAnswer answer = rank(List.of(
                person(1, "Back, expert", Office.BACK, 5, PresenceStatus.AVAILABLE, 0),
                person(2, "Front, busy desk", Office.FRONT, 4, PresenceStatus.AVAILABLE, 6),
                person(3, "Front, light desk", Office.FRONT, 4, PresenceStatus.AVAILABLE, 1),
                person(4, "Back, light desk", Office.BACK, 4, PresenceStatus.AVAILABLE, 1)));

        assertThat(answer.helpers()).extracting(Candidate::id).containsExactly(1L, 3L, 4L, 2L);
        assertThat(answer.fallback().reason()).isNull();
        assertThat(answer.fallback().teamDepartmentId())
                .as("the queue is there even when people are")
                .isEqualTo(CS);
    }

    @Test
    void pendingHandoffsCountAsLoadLikeOpenCases() {
        Candidate offeredTwice =
                candidate(1, "Asked twice", Office.FRONT, 4, true, PresenceStatus.AVAILABLE, null, 0, 2);
        Candidate oneCase = person(2, "One case", Office.FRONT, 4, PresenceStatus.AVAILABLE, 1);

        assertThat(rank(List.of(offeredTwice, oneCase)).helpers())
                .extracting(Candidate::id)
                .containsExactly(2L, 1L);
    }

    @Test
    void onlyPeopleAvailableNowAreOfferedAndTheEarliestBackIsNamed() {
        Candidate onBreak =
                candidate(1, "On a break", Office.FRONT, 5, true, PresenceStatus.ON_BREAK, NOW.plusSeconds(1200), 0, 0);
        Candidate away = candidate(2, "Away", Office.FRONT, 5, true, PresenceStatus.AWAY, NOW.plusSeconds(600), 0, 0);
        Candidate offDuty = person(3, "Off duty", Office.FRONT, 5, PresenceStatus.OFF_DUTY, 0);
        Candidate busy = person(4, "Busy", Office.FRONT, 5, PresenceStatus.BUSY, 0);

        HelpAnswer answer = rank(List.of(onBreak, away, offDuty, busy));

        assertThat(answer.helpers()).isEmpty();
        assertThat(answer.fallback().reason()).isEqualTo(HelpAnswer.Reason.NOBODY_AVAILABLE);
        assertThat(answer.fallback().earliestBack()).isEqualTo(NOW.plusSeconds(600));
        assertThat(answer.fallback().earliestBackName()).isEqualTo("Away");
        assertThat(answer.fallback().teamDepartmentId()).isEqualTo(CS);
    }

    @Test
    void nobodyQualifiedStillAnswersWithTheTeamQueue() {
        HelpAnswer answer = rank(List.of());

        assertThat(answer.anyoneNow()).isFalse();
        assertThat(answer.fallback().reason()).isEqualTo(HelpAnswer.Reason.NOBODY_QUALIFIED);
        assertThat(answer.fallback().teamDepartmentId()).isEqualTo(CS);
        assertThat(answer.fallback().earliestBack()).isNull();
    }

    @Test
    void whenOnlyBackOfficePeopleAreQualifiedTheyAreOffered() {
        HelpAnswer answer = rank(List.of(
                person(7, "Accountant", Office.BACK, 4, PresenceStatus.AVAILABLE, 0),
                person(8, "Billing officer", Office.BACK, 3, PresenceStatus.AVAILABLE, 0)));

        assertThat(answer.helpers()).extracting(Candidate::id).containsExactly(7L, 8L);
    }

    @Test
    void peopleWhoSpeakTheCustomersLanguageComeFirstAndTheOthersStillHelp() {
        Candidate expertWithoutLanguage =
                candidate(1, "Expert, no Indonesian", Office.FRONT, 5, false, PresenceStatus.AVAILABLE, null, 0, 0);
        Candidate speaker =
                candidate(2, "Speaks Indonesian", Office.BACK, 3, true, PresenceStatus.AVAILABLE, null, 4, 0);

        HelpAnswer answer = rank(List.of(expertWithoutLanguage, speaker));

        assertThat(answer.helpers()).extracting(Candidate::id).containsExactly(2L, 1L);
        assertThat(answer.helpers().get(1).speaksLanguage()).isFalse();
    }

    @Test
    void theAskerAndPeopleAlreadyAskedAreNotOfferedAgain() {
        List<Candidate> qualified = List.of(
                person(1, "Asker", Office.FRONT, 5, PresenceStatus.AVAILABLE, 0),
                person(2, "Declined already", Office.FRONT, 5, PresenceStatus.AVAILABLE, 0),
                person(3, "Still free", Office.FRONT, 3, PresenceStatus.AVAILABLE, 0));

        assertThat(rank(qualified, 1L, 2L).helpers()).extracting(Candidate::id).containsExactly(3L);
        HelpAnswer exhausted = rank(qualified, 1L, 2L, 3L);
        assertThat(exhausted.helpers()).isEmpty();
        assertThat(exhausted.fallback().reason()).isEqualTo(HelpAnswer.Reason.NOBODY_QUALIFIED);
    }

    @Test
    void equalPeopleAreAlwaysOrderedTheSameWay() {
        List<Candidate> twins = List.of(
                person(9, "Sari", Office.FRONT, 4, PresenceStatus.AVAILABLE, 0),
                person(5, "Ayu", Office.FRONT, 4, PresenceStatus.AVAILABLE, 0));

        assertThat(rank(twins).helpers()).extracting(Candidate::name).containsExactly("Ayu", "Sari");
        assertThat(rank(List.of(twins.get(1), twins.get(0))).helpers())
                .extracting(Candidate::name)
                .containsExactly("Ayu", "Sari");
    }

    @Test
    void theAnswerListsTheBestFewAndCountsEveryoneAvailable() {
        List<Candidate> many = List.of(
                person(1, "A", Office.FRONT, 5, PresenceStatus.AVAILABLE, 3),
                person(2, "B", Office.FRONT, 5, PresenceStatus.AVAILABLE, 0),
                person(3, "C", Office.BACK, 3, PresenceStatus.AVAILABLE, 0),
                person(4, "D", Office.FRONT, 4, PresenceStatus.ON_BREAK, 0));

        HelpAnswer answer = HelperRanking.rank("warranty", "id", CS, many, Set.of(), 2);

        assertThat(answer.helpers()).extracting(Candidate::id).containsExactly(2L, 1L);
        assertThat(answer.availableCount()).isEqualTo(3);
    }

    @Test
    void aBackOfficePersonInFocusIsOfferedOnlyWhenNobodyOfTheFrontOfficeCanHelp() {
        Candidate focused = person(1, "Back, in focus", Office.BACK, 5, PresenceStatus.AVAILABLE, 0);
        Candidate front = person(2, "Front", Office.FRONT, 3, PresenceStatus.AVAILABLE, 0);
        Candidate backFree = person(3, "Back, not in focus", Office.BACK, 3, PresenceStatus.AVAILABLE, 0);

        HelpAnswer withFront = HelperRanking.rank(
                "warranty", "id", CS, List.of(focused, front, backFree), Set.of(), Set.of(1L), 20, false);
        assertThat(withFront.helpers()).extracting(Candidate::id).containsExactly(2L, 3L);

        // the front office away: the focused expert is offered rather than nobody
        Candidate frontAway = person(2, "Front", Office.FRONT, 3, PresenceStatus.AWAY, 0);
        HelpAnswer noFront =
                HelperRanking.rank("warranty", "id", CS, List.of(focused, frontAway), Set.of(), Set.of(1L), 20, false);
        assertThat(noFront.helpers()).extracting(Candidate::id).containsExactly(1L);
        assertThat(noFront.fallback().teamDepartmentId())
                .as("the fallback stays")
                .isEqualTo(CS);
    }

    static Candidate remote(long id, String name, int skill, boolean speaks, boolean fromHome) {
        return candidate(id, name, Office.FRONT, skill, speaks, PresenceStatus.AVAILABLE, null, 0, 0)
                .withRemote(!fromHome, fromHome);
    }

    static HelpAnswer rankFor(boolean inPerson, List<Candidate> qualified) {
        return HelperRanking.rank("warranty", "id", CS, qualified, Set.of(), Set.of(), 20, inPerson);
    }

    @Test
    void aCustomerAtTheCounterIsOfferedPeopleOnSiteBeforeRemoteOnesWhoStayListed() {
        Candidate expertAtHome = remote(1, "Expert at home", 9, true, true);
        Candidate expertRemote = remote(2, "Expert remote", 8, true, false);
        Candidate onSite = person(3, "On site", Office.BACK, 3, PresenceStatus.AVAILABLE, 5);
        Candidate onSiteOtherLanguage =
                candidate(4, "On site, other language", Office.FRONT, 2, false, PresenceStatus.AVAILABLE, null, 0, 0);

        HelpAnswer answer = rankFor(true, List.of(expertAtHome, expertRemote, onSite, onSiteOtherLanguage));

        // on site first, whatever the skill and the language; the remote still listed, for a call
        assertThat(answer.helpers()).extracting(Candidate::id).containsExactly(3L, 4L, 1L, 2L);
        assertThat(answer.availableCount()).isEqualTo(4);
    }

    @Test
    void onThePhoneInAChatOrByEmailWorkingRemotelyChangesNothing() {
        Candidate expertAtHome = remote(1, "Expert at home", 9, true, true);
        Candidate onSite = person(3, "On site", Office.FRONT, 3, PresenceStatus.AVAILABLE, 0);

        assertThat(rankFor(false, List.of(onSite, expertAtHome)).helpers())
                .extracting(Candidate::id)
                .containsExactly(1L, 3L);
        assertThat(rankFor(false, List.of(onSite, expertAtHome)).helpers().get(0))
                .returns(true, Candidate::remote)
                .returns(true, Candidate::workingFromHome);
    }

    @ParameterizedTest
    @ValueSource(longs = {7L, 42L, 1234L})
    void atTheCounterNobodyRemoteEverComesBeforeSomeoneOnSite(long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<Candidate> people = new java.util.ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            Candidate c = candidate(
                    i,
                    "P" + i,
                    random.nextBoolean() ? Office.FRONT : Office.BACK,
                    random.nextInt(10),
                    random.nextBoolean(),
                    PresenceStatus.AVAILABLE,
                    null,
                    random.nextInt(5),
                    random.nextInt(2));
            people.add(random.nextInt(3) == 0 ? c.withRemote(true, random.nextBoolean()) : c);
        }
        List<Candidate> listed = HelperRanking.rank("warranty", "id", CS, people, Set.of(), Set.of(), 100, true)
                .helpers();
        int firstRemote = listed.indexOf(
                listed.stream().filter(Candidate::remote).findFirst().orElseThrow());
        assertThat(listed.subList(firstRemote, listed.size())).allMatch(Candidate::remote);
        // and among the people on site, the order is the usual one
        List<Candidate> onSite = listed.subList(0, firstRemote);
        assertThat(onSite).isSortedAccordingTo(HelperRanking.BEST_FIRST);
    }
}
