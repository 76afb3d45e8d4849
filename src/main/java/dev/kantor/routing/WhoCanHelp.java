package dev.kantor.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

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
    /** How many helpers an answer lists unless asked for more: enough to choose from. */
    static final int HELPERS = 20;
    static final int MOST_HELPERS = 500;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final TopicCatalogue topics;
    private final People people;
    private final PresenceBoard presence;
    private final HandoffCases cases;
    private final HandoffLoad handoffs;
    private final Clock clock;
    private final Map<Map<Long, Integer>, Qualified> qualifiedCache = new ConcurrentHashMap<>();

    /** Who holds a topic's skills, as read at a moment. */
    private record Qualified(List<QualifiedEmployee> people, Instant at) {
    }

    WhoCanHelp(TopicCatalogue topics, People people, PresenceBoard presence, HandoffCases cases, HandoffLoad handoffs,
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
        return ask(topicCode, language, excluded, HELPERS);
    }

    /** @param limit how many helpers to list, from 1 to {@link #MOST_HELPERS} */
    public HelpAnswer ask(String topicCode, String language, Set<Long> excluded, int limit) {
        new InputCheck().required("topic", topicCode, 40)
                .that(limit >= 1 && limit <= MOST_HELPERS, "limit", "routing.validation.limit", MOST_HELPERS)
                .that(language == null || language.isBlank() || LANGUAGE.matcher(language).matches(), "language",
                        "validation.unknown-language", language)
                .throwIfAny();
        Topic topic = topics.find(topicCode).filter(Topic::isActive)
                .orElseThrow(() -> dev.kantor.platform.InvalidInput.of("topic", "validation.unknown-topic"));
        String lang = language == null || language.isBlank() ? null : language;
        return HelperRanking.rank(topic.getCode(), lang, topic.getTeamDepartmentId(),
                candidates(topic, lang, excluded, limit), excluded, limit);
    }

    /**
     * Everyone qualified for the topic with their presence; the load (open cases, waiting
     * handoffs) only of the available people who can make the first {@code limit}: the others'
     * load would change nothing in the list (see {@link HelperRanking#BEFORE_LOAD}), and reading
     * it for a topic hundreds can serve was the larger part of the answer's cost.
     */
    List<Candidate> candidates(Topic topic, String language, Set<Long> excluded, int limit) {
        List<QualifiedEmployee> qualified = qualifiedFor(topic);
        if (qualified.isEmpty()) {
            return List.of();
        }
        List<Long> ids = qualified.stream().map(QualifiedEmployee::id).toList();
        Map<Long, Presence> present = presence.of(ids);
        List<Candidate> candidates = new ArrayList<>(qualified.size());
        for (QualifiedEmployee q : qualified) {
            Presence p = present.get(q.id());
            candidates.add(new Candidate(q.id(), q.fullName(), q.office(), q.departmentId(), q.skillScore(),
                    q.speaks(language), p.status(), p.expectedBack(), 0, 0));
        }
        List<Candidate> contenders = candidates.stream()
                .filter(c -> c.available() && !excluded.contains(c.id()))
                .sorted(HelperRanking.BEFORE_LOAD).toList();
        if (contenders.isEmpty()) {
            return candidates;
        }
        Candidate last = contenders.get(Math.min(limit, contenders.size()) - 1);
        List<Long> weighed = contenders.stream().filter(c -> HelperRanking.BEFORE_LOAD.compare(c, last) <= 0)
                .map(Candidate::id).toList();
        Map<Long, Integer> open = cases.openCasesOwnedBy(weighed);
        Map<Long, Integer> offers = handoffs.openOffersTo(weighed);
        candidates.replaceAll(c -> !open.containsKey(c.id()) && !offers.containsKey(c.id()) ? c
                : new Candidate(c.id(), c.name(), c.office(), c.departmentId(), c.skillScore(), c.speaksLanguage(),
                        c.presence(), c.expectedBack(), open.getOrDefault(c.id(), 0), offers.getOrDefault(c.id(), 0)));
        return candidates;
    }

    /**
     * Everyone qualified for each of the topics, with their presence, without load: the coverage
     * page counts who is there for every topic, it does not choose one person. Presence is read
     * once for everyone qualified for any of the topics, not once per topic.
     */
    Map<Topic, List<Candidate>> present(List<Topic> all) {
        Map<Topic, List<QualifiedEmployee>> qualified = new LinkedHashMap<>();
        Set<Long> ids = new HashSet<>();
        for (Topic topic : all) {
            List<QualifiedEmployee> people = qualifiedFor(topic);
            qualified.put(topic, people);
            people.forEach(q -> ids.add(q.id()));
        }
        Map<Long, Presence> present = presence.of(ids);
        Map<Topic, List<Candidate>> candidates = new LinkedHashMap<>();
        qualified.forEach((topic, people) -> candidates.put(topic, people.stream().map(q -> {
            Presence p = present.get(q.id());
            return new Candidate(q.id(), q.fullName(), q.office(), q.departmentId(), q.skillScore(), false, p.status(),
                    p.expectedBack(), 0, 0);
        }).toList()));
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
