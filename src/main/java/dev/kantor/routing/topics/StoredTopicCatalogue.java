package dev.kantor.routing.topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.kantor.people.People;
import dev.kantor.platform.DuplicateValue;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.routing.Topic;
import dev.kantor.routing.TopicCatalogue;
import dev.kantor.routing.TopicDetails;
import dev.kantor.routing.TopicSkill;
import dev.kantor.routing.changes.ChangeCounter;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of topics, kept by admins. Every case intake and every "who can help" asks it, so
 * it is read from memory, and read again from the database (the one truth for every node) when a
 * change was counted: at once on the node that made it, within {@link #CHECK_EVERY} on the others.
 * Reads take no transaction of their own: most never reach the database.
 */
@Service
class StoredTopicCatalogue implements TopicCatalogue {

    static final Duration CHECK_EVERY = Duration.ofSeconds(1);
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    /** The catalogue as read when the change count was {@code atChange}. */
    private record Loaded(Map<String, Topic> byCode, long atChange) {}

    private final TopicEntries topics;
    private final People people;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final ChangeCounter changes;
    private volatile Loaded loaded;

    StoredTopicCatalogue(TopicEntries topics, People people, AuditTrail audit, JdbcClient jdbc) {
        this.topics = topics;
        this.people = people;
        this.audit = audit;
        this.jdbc = jdbc;
        this.changes = new ChangeCounter(jdbc, "topics", CHECK_EVERY);
    }

    @Override
    public List<Topic> all() {
        return current().values().stream()
                .sorted(Comparator.comparing((Topic t) -> !t.active())
                        .thenComparingInt(Topic::sortOrder)
                        .thenComparing(Topic::code))
                .toList();
    }

    @Override
    public List<Topic> active() {
        return all().stream().filter(Topic::active).toList();
    }

    @Override
    public Optional<Topic> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(current().get(code));
    }

    @Override
    public Topic require(String code) {
        return find(code).orElseThrow(() -> KantorException.notFound("routing.topic-not-found", code));
    }

    @Override
    public List<String> codes() {
        return active().stream().map(Topic::code).toList();
    }

    @Override
    public boolean isKnown(String code) {
        return find(code).filter(Topic::active).isPresent();
    }

    @Override
    public String name(String code, Locale locale) {
        return find(code).map(t -> t.name(locale)).orElse(code);
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Topic create(String code, TopicDetails details) {
        check(details)
                .that(code != null && CODE.matcher(code).matches(), "code", "routing.validation.topic-code")
                .throwIfAny();
        if (topics.existsById(code)) {
            throw new DuplicateValue("code", "routing.validation.topic-taken", code);
        }
        Topic saved = topics.save(TopicEntry.create(code, details)).toTopic();
        audit.created("topic", 0, code, snapshot(saved));
        changes.count();
        return saved;
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Topic update(String code, TopicDetails details, int version) {
        check(details).throwIfAny();
        TopicEntry topic =
                topics.findById(code).orElseThrow(() -> KantorException.notFound("routing.topic-not-found", code));
        if (topic.getVersion() != version) {
            throw KantorException.conflict("error.concurrent-change");
        }
        Map<String, String> before = snapshot(topic.toTopic());
        topic.apply(details);
        Topic saved;
        try {
            saved = topics.save(topic).toTopic();
        } catch (OptimisticLockingFailureException e) {
            throw KantorException.conflict("error.concurrent-change");
        }
        audit.changed("topic", 0, code, AuditAction.UPDATED, before, snapshot(saved));
        changes.count();
        return saved;
    }

    private InputCheck check(TopicDetails details) {
        InputCheck check =
                new InputCheck().required("nameEn", details.nameEn(), 100).required("nameIdn", details.nameIdn(), 100);
        if (details.teamDepartmentId() != null) {
            check.that(
                    people.department(details.teamDepartmentId()).isPresent(),
                    "teamDepartmentId",
                    "routing.validation.unknown-department");
        }
        var skills = people.skills().stream().map(s -> s.id()).toList();
        for (TopicSkill skill : details.skills()) {
            check.that(skills.contains(skill.skillId()), "skills", "routing.validation.unknown-skill")
                    .that(skill.minLevel() >= 1 && skill.minLevel() <= 5, "skills", "routing.validation.skill-level");
        }
        return check;
    }

    private static Map<String, String> snapshot(Topic t) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("nameEn", t.nameEn());
        s.put("nameIdn", t.nameIdn());
        s.put("team", t.teamDepartmentId() == null ? "" : String.valueOf(t.teamDepartmentId()));
        s.put("active", String.valueOf(t.active()));
        s.put("skills", t.minimumLevels().toString());
        return s;
    }

    /** The catalogue in memory, read again when a change was counted since it was read. */
    private Map<String, Topic> current() {
        long change = changes.current();
        Loaded now = loaded;
        if (now == null || now.atChange() != change) {
            now = reload(change);
        }
        return now.byCode();
    }

    /**
     * Two queries, whatever the number of topics: the repository would read each topic's skills
     * apart. One request reads while the others wait for it: that happens once per change.
     */
    private synchronized Loaded reload(long change) {
        Loaded now = loaded;
        if (now != null && now.atChange() == change) {
            return now;
        }
        Map<String, List<TopicSkill>> skills = new HashMap<>();
        jdbc.sql("select topic, skill_id, min_level from topic_skill").query(rs -> {
            skills.computeIfAbsent(rs.getString("topic"), t -> new ArrayList<>())
                    .add(new TopicSkill(rs.getLong("skill_id"), rs.getInt("min_level")));
        });
        Map<String, Topic> byCode = new LinkedHashMap<>();
        jdbc.sql("select * from topic order by sort_order, code")
                .query((rs, row) -> new Topic(
                        rs.getString("code"),
                        rs.getString("name_en"),
                        rs.getString("name_idn"),
                        (Long) rs.getObject("team_department_id", Long.class),
                        rs.getInt("sort_order"),
                        rs.getBoolean("active"),
                        skills.getOrDefault(rs.getString("code"), List.of()),
                        rs.getInt("version")))
                .list()
                .forEach(t -> byCode.put(t.code(), t));
        Loaded fresh = new Loaded(byCode, change);
        loaded = fresh;
        return fresh;
    }
}
