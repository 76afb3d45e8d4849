package dev.kantor.assessment.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.assessment.Audience;
import dev.kantor.assessment.Dimension;
import dev.kantor.assessment.candidates.CandidateLinks;
import dev.kantor.assessment.fit.Match;
import dev.kantor.assessment.fit.Matching;
import dev.kantor.assessment.fit.Person;
import dev.kantor.assessment.fit.Profile;
import dev.kantor.assessment.instrument.DimensionQuality;
import dev.kantor.assessment.profiles.RoleProfiles;
import dev.kantor.assessment.taking.Consents;
import dev.kantor.assessment.taking.Responses;
import dev.kantor.people.EmployeeSkills;
import dev.kantor.people.People;
import dev.kantor.people.Position;
import dev.kantor.platform.KantorException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's view across people and role profiles: matches for a position, moves for a person, team
 * coverage and the instrument's quality. Dimension scores count only where the person shared their
 * results with HR (or, for their own moves, it is the person asking); everyone else is matched on
 * skills alone, their fit unknown.
 */
@Service
@Transactional(readOnly = true)
public class Matches {

    private final People people;
    private final RoleProfiles profiles;
    private final Responses responses;
    private final Consents consents;
    private final CandidateLinks candidates;

    Matches(People people, RoleProfiles profiles, Responses responses, Consents consents, CandidateLinks candidates) {
        this.people = people;
        this.profiles = profiles;
        this.responses = responses;
        this.consents = consents;
        this.candidates = candidates;
    }

    /** Active employees and the candidates who shared their result, best first, against a position. */
    public List<Match> forPosition(long positionId) {
        Profile profile = profiles.effective(positionId)
                .orElseThrow(() -> KantorException.notFound("assessment.matches.no-profile"));
        return Matching.rank(profile, everyone(profile.skills().keySet()));
    }

    /**
     * The people matched: every active employee, with the levels of these skills (the ones a profile
     * asks for) and their dimension scores only if they share with HR, and the sharing candidates.
     */
    List<Person> everyone(Set<Long> skills) {
        Map<Long, Map<Dimension, Integer>> shared = responses.latestScoresSharedWith(Audience.HR);
        List<Person> everyone = new ArrayList<>();
        for (EmployeeSkills e : people.activeEmployeeSkills(skills)) {
            everyone.add(new Person(Person.Kind.EMPLOYEE, e.id(), e.fullName(), e.skills(), shared.get(e.id())));
        }
        candidates
                .shared()
                .forEach((candidate, response) -> everyone.add(new Person(
                        Person.Kind.CANDIDATE,
                        candidate.id(),
                        candidate.fullName(),
                        null,
                        response.result().byDimension())));
        return everyone;
    }

    /** A position a person could move to, and how they fit it. */
    public record Move(Position position, Match match) {}

    /**
     * The positions with a profile (but the person's own), best fit first, with the gaps to close.
     *
     * @param withScores whether the person's dimension scores may count: they asked themselves, or
     *     they share with HR
     */
    public List<Move> movesFor(long employeeId, boolean withScores) {
        EmployeeSkills person = people.activeEmployeeSkills().stream()
                .filter(e -> e.id() == employeeId)
                .findFirst()
                .orElseThrow(() -> KantorException.notFound("assessment.moves.no-employee"));
        Map<Dimension, Integer> scores = withScores
                ? responses
                        .latest(employeeId)
                        .map(r -> r.result().byDimension())
                        .orElse(null)
                : null;
        Person candidate = new Person(Person.Kind.EMPLOYEE, employeeId, person.fullName(), person.skills(), scores);
        Map<Long, Position> positions = new HashMap<>();
        people.positions().forEach(p -> positions.put(p.getId(), p));
        List<Move> moves = new ArrayList<>();
        profiles.effectiveByPosition().forEach((positionId, profile) -> {
            Position position = positions.get(positionId);
            if (position != null && position.isActive() && positionId != person.positionId()) {
                moves.add(new Move(position, Matching.match(profile, candidate)));
            }
        });
        moves.sort(Comparator.comparing(Move::match, Matching.RANKING)
                .thenComparing(m -> m.position().getTitleEn()));
        return moves;
    }

    /** Whether an employee shares their results with HR. */
    public boolean sharesWithHr(long employeeId) {
        return consents.of(employeeId).contains(Audience.HR);
    }

    /** The instrument's consistency over each employee's latest answers and every candidate's. */
    public List<DimensionQuality> quality() {
        return DimensionQuality.of(responses.latestOfEveryoneAndCandidates());
    }
}
