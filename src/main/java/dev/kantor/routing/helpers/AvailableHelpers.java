package dev.kantor.routing.helpers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.kantor.people.QualifiedEmployee;
import dev.kantor.people.Whereabouts.RemoteToday;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.InvalidInput;
import dev.kantor.routing.Candidate;
import dev.kantor.routing.FocusTime;
import dev.kantor.routing.HandoffCases;
import dev.kantor.routing.HelpAnswer;
import dev.kantor.routing.Presence;
import dev.kantor.routing.PresenceBoard;
import dev.kantor.routing.Topic;
import dev.kantor.routing.TopicCatalogue;
import dev.kantor.routing.WhoCanHelp;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "who can help with this topic, in this language, now?" from the topic's skills, the
 * people who hold them, their presence and their load. Who holds the skills is kept in memory
 * ({@link QualifiedPeople}) until people's skills change; each question reads only what changes
 * by the minute: presence, and the load of those available. Its cost, by how many people a topic
 * needs to weigh, is in docs/benchmarks.md ("Who can help now").
 */
@Service
@Transactional(readOnly = true)
class AvailableHelpers implements WhoCanHelp {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final TopicCatalogue topics;
    private final QualifiedPeople qualified;
    private final PresenceBoard presence;
    private final HandoffCases cases;
    private final OffersWaiting offers;
    private final ObjectProvider<FocusTime> focusTime;
    private final WorkingRemotely remote;
    private final Clock clock;

    AvailableHelpers(
            TopicCatalogue topics,
            QualifiedPeople qualified,
            PresenceBoard presence,
            HandoffCases cases,
            OffersWaiting offers,
            ObjectProvider<FocusTime> focusTime,
            WorkingRemotely remote,
            Clock clock) {
        this.focusTime = focusTime;
        this.remote = remote;
        this.clock = clock;
        this.topics = topics;
        this.qualified = qualified;
        this.presence = presence;
        this.cases = cases;
        this.offers = offers;
    }

    // The shorter questions are declared here so that they too are one read-only transaction: inherited from the
    // interface they were not, and each read of an answer took a connection and a commit of its own (a quarter of
    // the answer's time in docs/benchmarks.md).
    @Override
    public HelpAnswer ask(String topicCode, String language, Set<Long> excluded) {
        return ask(topicCode, language, excluded, HELPERS, false);
    }

    @Override
    public HelpAnswer ask(String topicCode, String language, Set<Long> excluded, int limit) {
        return ask(topicCode, language, excluded, limit, false);
    }

    @Override
    public HelpAnswer ask(String topicCode, String language, Set<Long> excluded, int limit, boolean inPerson) {
        new InputCheck()
                .required("topic", topicCode, 40)
                .that(limit >= 1 && limit <= MOST_HELPERS, "limit", "routing.validation.limit", MOST_HELPERS)
                .that(
                        language == null
                                || language.isBlank()
                                || LANGUAGE.matcher(language).matches(),
                        "language",
                        "validation.unknown-language",
                        language)
                .throwIfAny();
        Topic topic = topics.find(topicCode)
                .filter(Topic::active)
                .orElseThrow(() -> InvalidInput.of("topic", "validation.unknown-topic"));
        String lang = language == null || language.isBlank() ? null : language;
        List<Candidate> candidates = candidates(topic, lang, excluded, limit, inPerson);
        return HelperRanking.rank(
                topic.code(),
                lang,
                topic.teamDepartmentId(),
                candidates,
                excluded,
                focused(candidates),
                limit,
                inPerson);
    }

    /** The back-office people among the candidates in a focus window now, as the module keeping them says. */
    private Set<Long> focused(List<Candidate> candidates) {
        FocusTime focus = focusTime.getIfAvailable();
        if (focus == null) {
            return Set.of();
        }
        Map<Long, Long> departmentOf = new java.util.HashMap<>();
        candidates.stream()
                .filter(c -> c.available() && !c.frontOffice())
                .forEach(c -> departmentOf.put(c.id(), c.departmentId()));
        return departmentOf.isEmpty() ? Set.of() : focus.inFocus(departmentOf, clock.instant());
    }

    /**
     * Everyone qualified for the topic with their presence, and for those available whether they work remotely
     * today; the load (open cases, waiting handoffs) only of the available people who can make the first {@code
     * limit}: the others' load would change nothing in the list (see {@link HelperRanking#BEFORE_LOAD}), and
     * reading it for a topic hundreds can serve was the larger part of the answer's cost.
     */
    List<Candidate> candidates(Topic topic, String language, Set<Long> excluded, int limit, boolean inPerson) {
        List<QualifiedEmployee> people = qualified.forTopic(topic.minimumLevels());
        if (people.isEmpty()) {
            return List.of();
        }
        List<Long> ids = people.stream().map(QualifiedEmployee::id).toList();
        Map<Long, Presence> present = presence.of(ids);
        List<Candidate> candidates = new ArrayList<>(people.size());
        for (QualifiedEmployee q : people) {
            Presence p = present.get(q.id());
            candidates.add(new Candidate(
                    q.id(),
                    q.fullName(),
                    q.office(),
                    q.departmentId(),
                    q.skillScore(),
                    q.speaks(language),
                    p.status(),
                    p.expectedBack(),
                    0,
                    0,
                    false,
                    false));
        }
        if (candidates.stream().noneMatch(c -> c.available() && !excluded.contains(c.id()))) {
            return candidates;
        }
        // who works remotely today: the answer shows it, and a walk-in is ranked by it. Kept in memory for everyone
        // (WorkingRemotely): reading it for the people of each answer was nearly a quarter of the answer's time
        RemoteToday away = remote.today();
        if (!away.saidSo().isEmpty() || !away.byArrangement().isEmpty()) {
            candidates.replaceAll(
                    c -> c.available() && away.remote(c.id()) ? c.withRemote(true, away.fromHome(c.id())) : c);
        }
        Comparator<Candidate> beforeLoad = HelperRanking.beforeLoad(inPerson);
        List<Long> weighed = weighed(candidates, excluded, beforeLoad, limit);
        Map<Long, Integer> open = cases.openCasesOwnedBy(weighed);
        Map<Long, Integer> waiting = offers.openOffersTo(weighed);
        candidates.replaceAll(c -> !open.containsKey(c.id()) && !waiting.containsKey(c.id())
                ? c
                : c.withLoad(open.getOrDefault(c.id(), 0), waiting.getOrDefault(c.id(), 0)));
        return candidates;
    }

    /**
     * The available candidates who could be among the first {@code limit} whatever their load: the first
     * {@code limit} in the order before load, and everyone tied with the last of them.
     */
    private static List<Long> weighed(
            List<Candidate> candidates, Set<Long> excluded, Comparator<Candidate> beforeLoad, int limit) {
        List<Candidate> contenders = candidates.stream()
                .filter(c -> c.available() && !excluded.contains(c.id()))
                .sorted(beforeLoad)
                .toList();
        Candidate last = contenders.get(Math.min(limit, contenders.size()) - 1);
        return contenders.stream()
                .filter(c -> beforeLoad.compare(c, last) <= 0)
                .map(Candidate::id)
                .toList();
    }

    /**
     * Everyone qualified for each of the topics, with their presence, without load: the coverage
     * page counts who is there for every topic, it does not choose one person. Presence is read
     * once for everyone qualified for any of the topics, not once per topic.
     */
    Map<Topic, List<Candidate>> present(List<Topic> all) {
        Map<Topic, List<QualifiedEmployee>> byTopic = new LinkedHashMap<>();
        Set<Long> ids = new HashSet<>();
        for (Topic topic : all) {
            List<QualifiedEmployee> people = qualified.forTopic(topic.minimumLevels());
            byTopic.put(topic, people);
            people.forEach(q -> ids.add(q.id()));
        }
        Map<Long, Presence> present = presence.of(ids);
        Map<Topic, List<Candidate>> candidates = new LinkedHashMap<>();
        byTopic.forEach((topic, people) -> candidates.put(
                topic,
                people.stream()
                        .map(q -> {
                            Presence p = present.get(q.id());
                            return new Candidate(
                                    q.id(),
                                    q.fullName(),
                                    q.office(),
                                    q.departmentId(),
                                    q.skillScore(),
                                    false,
                                    p.status(),
                                    p.expectedBack(),
                                    0,
                                    0,
                                    false,
                                    false);
                        })
                        .toList()));
        return candidates;
    }
}
