package dev.kantor.routing;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** For every topic, how many qualified people are available right now. */
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
    private final WhoCanHelp whoCanHelp;

    TopicCoverage(TopicCatalogue topics, WhoCanHelp whoCanHelp) {
        this.topics = topics;
        this.whoCanHelp = whoCanHelp;
    }

    public List<Line> now() {
        return topics.active().stream().map(topic -> {
            List<Candidate> candidates = whoCanHelp.candidates(topic, null, Set.of(), 5);
            List<Candidate> available = candidates.stream().filter(Candidate::available)
                    .sorted(HelperRanking.BEST_FIRST).toList();
            int away = (int) candidates.stream().filter(c -> c.presence().temporary()).count();
            return new Line(topic, candidates.size(), available.size(), away,
                    available.stream().limit(5).map(Candidate::name).toList());
        }).toList();
    }
}
