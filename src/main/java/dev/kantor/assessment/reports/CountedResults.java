package dev.kantor.assessment.reports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kantor.assessment.Audience;
import dev.kantor.assessment.Dimension;
import dev.kantor.assessment.SharedResults;
import dev.kantor.assessment.taking.Responses;
import dev.kantor.people.Office;
import dev.kantor.people.People;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each active sharer's latest scores, counted per dimension, office and range: one read of the scores. */
@Component
@Transactional(readOnly = true)
class CountedResults implements SharedResults {

    private final Responses responses;
    private final People people;

    CountedResults(Responses responses, People people) {
        this.responses = responses;
        this.people = people;
    }

    @Override
    public List<Bucket> distribution() {
        Map<Long, Office> offices = offices();
        Map<Dimension, Map<Office, long[]>> counts = new EnumMap<>(Dimension.class);
        responses.latestScoresSharedWith(Audience.HR).forEach((employee, scores) -> {
            Office office = offices.get(employee);
            if (office != null) {
                scores.forEach((dimension, score) -> counts.computeIfAbsent(dimension, d -> new EnumMap<>(Office.class))
                        .computeIfAbsent(office, o -> new long[RANGES.size()])[range(score)]++);
            }
        });
        List<Bucket> buckets = new ArrayList<>();
        counts.forEach((dimension, byOffice) -> byOffice.forEach((office, n) -> {
            for (int i = 0; i < n.length; i++) {
                if (n[i] > 0) {
                    buckets.add(new Bucket(dimension, office, RANGES.get(i), n[i]));
                }
            }
        }));
        return buckets;
    }

    @Override
    public Map<Office, Long> sharing() {
        Map<Long, Office> offices = offices();
        Map<Office, Long> sharing = new EnumMap<>(Office.class);
        responses.latestScoresSharedWith(Audience.HR).keySet().stream()
                .map(offices::get)
                .filter(java.util.Objects::nonNull)
                .forEach(o -> sharing.merge(o, 1L, Long::sum));
        return sharing;
    }

    /** The range a 0–100 score falls in: its index in {@link SharedResults#RANGES}. */
    static int range(int score) {
        int at = 0;
        for (int i = 0; i < RANGES.size(); i++) {
            if (score >= RANGES.get(i)) {
                at = i;
            }
        }
        return at;
    }

    /** Every active employee's office as the directory shows it (hybrid included), in one read. */
    private Map<Long, Office> offices() {
        Map<Long, Office> offices = new HashMap<>();
        people.everyoneActive().forEach(e -> offices.put(e.id(), e.office()));
        return offices;
    }
}
