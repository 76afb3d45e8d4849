package dev.kantor.floor.callin;

import java.util.Comparator;
import java.util.List;

/**
 * Orders the people who could be called in: those holding every skill the queue asks for first, then
 * the stronger in those skills, then those speaking more of the business's languages, then those who
 * worked fewer minutes this week; anyone whom the stretch would take past their contract's weekly
 * maximum is left out.
 */
final class CallInRanking {

    private CallInRanking() {}

    static List<CallInCandidate> rank(List<CallInCandidate> candidates, long stretchMinutes) {
        return candidates.stream()
                .filter(c ->
                        c.maxMinutesPerWeek() == null || c.minutesThisWeek() + stretchMinutes <= c.maxMinutesPerWeek())
                .sorted(Comparator.comparing(CallInCandidate::holdsRequiredSkills)
                        .reversed()
                        .thenComparing(Comparator.comparingInt(CallInCandidate::skillScore)
                                .reversed())
                        .thenComparing(Comparator.comparingInt(CallInCandidate::languages)
                                .reversed())
                        .thenComparingLong(CallInCandidate::minutesThisWeek)
                        .thenComparing(CallInCandidate::name))
                .toList();
    }
}
