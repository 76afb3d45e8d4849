package dev.kantor.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import dev.kantor.cases.CaseHandover;
import dev.kantor.people.People;
import dev.kantor.people.QualifiedEmployee;
import dev.kantor.platform.InputCheck;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "who can help with this topic, in this language, now?" from the topic's skills, the
 * people who hold them, their presence and their load. It is asked on every click of "Help a
 * customer", so who holds the skills is kept for half a minute and each question reads only
 * what changes by the minute: presence, and the load of those available. Its cost, by how many
 * people a topic needs to weigh, is in docs/benchmarks.md ("Who can help now").
 */
@Service
@Transactional(readOnly = true)
public class WhoCanHelp {

    static final Duration QUALIFIED_FOR = Duration.ofSeconds(30);
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final TopicCatalogue topics;
    private final People people;
    private final PresenceBoard presence;
    private final CaseHandover cases;
    private final HandoffLoad handoffs;
    private final Clock clock;
    private final Map<Map<Long, Integer>, Qualified> qualifiedCache = new ConcurrentHashMap<>();

    /** Who holds a topic's skills, as read at a moment. */
    private record Qualified(List<QualifiedEmployee> people, Instant at) {
    }

    WhoCanHelp(TopicCatalogue topics, People people, PresenceBoard presence, CaseHandover cases, HandoffLoad handoffs,
            Clock clock) {
        this.clock = clock;
        this.topics = topics;
        this.people = people;
        this.presence = presence;
        this.cases = cases;
        this.handoffs = handoffs;
    }

    /**
     * @param language the customer's language as an ISO 639 code; any language employees may
     *                 speak (Javanese, Sundanese, Mandarin...), not only the two Kantor is written in
     */
    public HelpAnswer ask(String topicCode, String language, Set<Long> excluded) {
        new InputCheck().required("topic", topicCode, 40)
                .that(language == null || language.isBlank() || LANGUAGE.matcher(language).matches(), "language",
                        "validation.unknown-language", language)
                .throwIfAny();
        Topic topic = topics.find(topicCode).filter(Topic::isActive)
                .orElseThrow(() -> dev.kantor.platform.InvalidInput.of("topic", "validation.unknown-topic"));
        String lang = language == null || language.isBlank() ? null : language;
        return HelperRanking.rank(topic.getCode(), lang, topic.getTeamDepartmentId(), candidates(topic, lang), excluded);
    }

    /**
     * Everyone qualified for the topic with their presence, and the load of those available (only
     * they are ranked by it): also the coverage page's count.
     */
    List<Candidate> candidates(Topic topic, String language) {
        List<QualifiedEmployee> qualified = qualifiedFor(topic);
        if (qualified.isEmpty()) {
            return List.of();
        }
        List<Long> ids = qualified.stream().map(QualifiedEmployee::id).toList();
        Map<Long, Presence> present = presence.of(ids);
        List<Long> available = ids.stream().filter(id -> present.get(id).status() == PresenceStatus.AVAILABLE)
                .toList();
        Map<Long, Integer> open = cases.openCasesOwnedBy(available);
        Map<Long, Integer> offers = handoffs.openOffersTo(available);
        List<Candidate> candidates = new ArrayList<>(qualified.size());
        for (QualifiedEmployee q : qualified) {
            Presence p = present.get(q.id());
            candidates.add(new Candidate(q.id(), q.fullName(), q.office(), q.departmentId(), q.skillScore(),
                    q.speaks(language), p.status(), p.expectedBack(), open.getOrDefault(q.id(), 0),
                    offers.getOrDefault(q.id(), 0)));
        }
        return candidates;
    }

    /**
     * Who holds the topic's skills. Skills change when HR edits someone, rarely; presence and
     * load change by the minute. So who qualifies is kept for {@link #QUALIFIED_FOR} and read
     * again after, while presence and load are read on every question. It was most of the cost
     * of an answer for topics many people can serve (docs/benchmarks.md).
     */
    private List<QualifiedEmployee> qualifiedFor(Topic topic) {
        Map<Long, Integer> levels = topic.minimumLevels();
        Instant now = clock.instant();
        Qualified known = qualifiedCache.get(levels);
        if (known == null || known.at().plus(QUALIFIED_FOR).isBefore(now)) {
            known = new Qualified(people.qualifiedFor(levels), now);
            qualifiedCache.put(levels, known);
        }
        return known.people();
    }
}
