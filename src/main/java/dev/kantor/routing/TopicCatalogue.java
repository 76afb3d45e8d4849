package dev.kantor.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import dev.kantor.people.People;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of topics, kept by admins. Every case intake and every "who can help" asks it, so
 * it is read from memory and reloaded every 30 seconds (and at once after a change on this node);
 * the database stays the one truth for every node.
 */
@Service
@Transactional
public class TopicCatalogue {

    static final Duration RELOAD = Duration.ofSeconds(30);
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    private record Loaded(Map<String, Topic> byCode, Instant at) {
    }

    private final Topics topics;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final AtomicBoolean reloading = new AtomicBoolean();
    private volatile Loaded loaded;

    TopicCatalogue(Topics topics, People people, AuditTrail audit, Clock clock, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.topics = topics;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every topic, active ones first, in the catalogue's order. */
    public List<Topic> all() {
        return current().values().stream()
                .sorted(Comparator.comparing((Topic t) -> !t.isActive()).thenComparingInt(Topic::getSortOrder)
                        .thenComparing(Topic::getCode))
                .toList();
    }

    public List<Topic> active() {
        return all().stream().filter(Topic::isActive).toList();
    }

    public Optional<Topic> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(current().get(code));
    }

    public Topic require(String code) {
        return find(code).orElseThrow(() -> KantorException.notFound("routing.topic-not-found", code));
    }

    /** The codes of the topics customers can choose, in the catalogue's order. */
    public List<String> codes() {
        return active().stream().map(Topic::getCode).toList();
    }

    /** Whether customers can choose this topic now. */
    public boolean isKnown(String code) {
        return find(code).filter(Topic::isActive).isPresent();
    }

    /** The topic's name in the reader's language; the code itself for a topic no longer in the catalogue. */
    public String name(String code, Locale locale) {
        return find(code).map(t -> t.name(locale)).orElse(code);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Topic create(String code, TopicDetails details) {
        check(details).that(code != null && CODE.matcher(code).matches(), "code", "routing.validation.topic-code")
                .throwIfAny();
        if (topics.existsById(code)) {
            throw new dev.kantor.platform.DuplicateValue("code", "routing.validation.topic-taken", code);
        }
        Topic saved = topics.save(Topic.create(code, details));
        audit.created("topic", 0, code, snapshot(saved));
        reload();
        return saved;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Topic update(String code, TopicDetails details, int version) {
        check(details).throwIfAny();
        Topic topic = topics.findById(code).orElseThrow(() -> KantorException.notFound("routing.topic-not-found", code));
        if (topic.getVersion() != version) {
            throw KantorException.conflict("error.concurrent-change");
        }
        Map<String, String> before = snapshot(topic);
        topic.apply(details);
        Topic saved;
        try {
            saved = topics.save(topic);
        } catch (OptimisticLockingFailureException e) {
            throw KantorException.conflict("error.concurrent-change");
        }
        audit.changed("topic", 0, code, AuditAction.UPDATED, before, snapshot(saved));
        reload();
        return saved;
    }

    private InputCheck check(TopicDetails details) {
        InputCheck check = new InputCheck().required("nameEn", details.nameEn(), 100)
                .required("nameIdn", details.nameIdn(), 100);
        if (details.teamDepartmentId() != null) {
            check.that(people.department(details.teamDepartmentId()).isPresent(), "teamDepartmentId",
                    "routing.validation.unknown-department");
        }
        var skills = people.skills().stream().map(s -> s.id()).toList();
        for (TopicSkill skill : details.skills()) {
            check.that(skills.contains(skill.skillId()), "skills", "routing.validation.unknown-skill")
                    .that(skill.minLevel() >= 1 && skill.minLevel() <= 5, "skills", "routing.validation.skill-level");
        }
        return check;
    }

    private Map<String, String> snapshot(Topic t) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("nameEn", t.getNameEn());
        s.put("nameIdn", t.getNameIdn());
        s.put("team", t.getTeamDepartmentId() == null ? "" : String.valueOf(t.getTeamDepartmentId()));
        s.put("active", String.valueOf(t.isActive()));
        s.put("skills", t.minimumLevels().toString());
        return s;
    }

    /**
     * The catalogue in memory. When it is stale, one request reloads it while the others go on
     * with the one they have, so that a reload never holds up a crowd of requests.
     */
    private Map<String, Topic> current() {
        Loaded now = loaded;
        if (now == null) {
            return reload().byCode();
        }
        if (now.at().plus(RELOAD).isBefore(clock.instant()) && reloading.compareAndSet(false, true)) {
            try {
                now = reload();
            } finally {
                reloading.set(false);
            }
        }
        return now.byCode();
    }

    /** Two queries, whatever the number of topics: the repository would read each topic's skills apart. */
    private Loaded reload() {
        Map<String, List<TopicSkill>> skills = new java.util.HashMap<>();
        jdbc.sql("select topic, skill_id, min_level from topic_skill").query(rs -> {
            skills.computeIfAbsent(rs.getString("topic"), t -> new java.util.ArrayList<>())
                    .add(new TopicSkill(rs.getLong("skill_id"), rs.getInt("min_level")));
        });
        Map<String, Topic> byCode = new LinkedHashMap<>();
        jdbc.sql("select * from topic order by sort_order, code")
                .query((rs, row) -> Topic.loaded(rs.getString("code"), new TopicDetails(rs.getString("name_en"),
                                rs.getString("name_idn"), (Long) rs.getObject("team_department_id", Long.class),
                                rs.getInt("sort_order"), rs.getBoolean("active"),
                                skills.getOrDefault(rs.getString("code"), List.of())), rs.getInt("version")))
                .list().forEach(t -> byCode.put(t.getCode(), t));
        Loaded fresh = new Loaded(byCode, clock.instant());
        loaded = fresh;
        return fresh;
    }
}
