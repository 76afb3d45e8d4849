package dev.kantor.routing.helpers;

import java.util.List;

import dev.kantor.routing.Candidate;
import dev.kantor.routing.Topic;
import dev.kantor.routing.TopicCatalogue;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For every topic, how many qualified people are available right now: the coverage page and API.
 * Public only for the benchmark (bench/routing.sh), which times it.
 */
@Service
@Transactional(readOnly = true)
public class TopicCoverage {

    /** One topic's coverage: nobody available is what the page highlights. */
    public record Line(Topic topic, int qualified, int available, int onBreakOrAway, List<String> availableNames) {

        public boolean uncovered() {
            return available == 0;
        }
    }

    private final TopicCatalogue topics;
    private final AvailableHelpers whoCanHelp;

    TopicCoverage(TopicCatalogue topics, AvailableHelpers whoCanHelp) {
        this.topics = topics;
        this.whoCanHelp = whoCanHelp;
    }

    /** Every active topic, with the first five available by skill (load does not order this list). */
    public List<Line> now() {
        return whoCanHelp.present(topics.active()).entrySet().stream()
                .map(e -> {
                    List<Candidate> candidates = e.getValue();
                    List<Candidate> available = candidates.stream()
                            .filter(Candidate::available)
                            .sorted(HelperRanking.BEFORE_LOAD.thenComparing(Candidate::name))
                            .toList();
                    int away = (int) candidates.stream()
                            .filter(c -> c.presence().temporary())
                            .count();
                    return new Line(
                            e.getKey(),
                            candidates.size(),
                            available.size(),
                            away,
                            available.stream().limit(5).map(Candidate::name).toList());
                })
                .toList();
    }
}
