package dev.kantor.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kantor.cases.CaseHandover;
import dev.kantor.people.People;
import dev.kantor.people.QualifiedEmployee;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.i18n.Languages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "who can help with this topic, in this language, now?" from the topic's skills, the
 * people who hold them, their presence and their load. Five queries (two of them in the people
 * module), whatever the size of the organisation, each reading everyone qualified for the topic: it
 * is asked on every click of "Help a customer". Its cost, by how many people a topic needs to
 * weigh, is in docs/benchmarks.md ("Who can help now").
 */
@Service
@Transactional(readOnly = true)
public class WhoCanHelp {

    private final TopicCatalogue topics;
    private final People people;
    private final PresenceBoard presence;
    private final CaseHandover cases;
    private final HandoffLoad handoffs;

    WhoCanHelp(TopicCatalogue topics, People people, PresenceBoard presence, CaseHandover cases, HandoffLoad handoffs) {
        this.topics = topics;
        this.people = people;
        this.presence = presence;
        this.cases = cases;
        this.handoffs = handoffs;
    }

    public HelpAnswer ask(String topicCode, String language, Set<Long> excluded) {
        new InputCheck().required("topic", topicCode, 40)
                .that(language == null || language.isBlank() || Languages.of(language).isPresent(), "language",
                        "validation.unknown-language", language)
                .throwIfAny();
        Topic topic = topics.find(topicCode).filter(Topic::isActive)
                .orElseThrow(() -> dev.kantor.platform.InvalidInput.of("topic", "validation.unknown-topic"));
        String lang = language == null || language.isBlank() ? null : language;
        return HelperRanking.rank(topic.getCode(), lang, topic.getTeamDepartmentId(), candidates(topic, lang), excluded);
    }

    /** Everyone qualified for the topic with their presence and load: also the coverage page's count. */
    List<Candidate> candidates(Topic topic, String language) {
        List<QualifiedEmployee> qualified = people.qualifiedFor(topic.minimumLevels());
        if (qualified.isEmpty()) {
            return List.of();
        }
        List<Long> ids = qualified.stream().map(QualifiedEmployee::id).toList();
        Map<Long, Presence> present = presence.of(ids);
        Map<Long, Integer> open = cases.openCasesOwnedBy(ids);
        Map<Long, Integer> offers = handoffs.openOffersTo(ids);
        List<Candidate> candidates = new ArrayList<>(qualified.size());
        for (QualifiedEmployee q : qualified) {
            Presence p = present.get(q.id());
            candidates.add(new Candidate(q.id(), q.fullName(), q.office(), q.departmentId(), q.skillScore(),
                    q.speaks(language), p.status(), p.expectedBack(), open.getOrDefault(q.id(), 0),
                    offers.getOrDefault(q.id(), 0)));
        }
        return candidates;
    }
}
