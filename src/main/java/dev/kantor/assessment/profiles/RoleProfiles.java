package dev.kantor.assessment.profiles;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kantor.assessment.Dimension;
import dev.kantor.assessment.DimensionRange;
import dev.kantor.assessment.Leaning;
import dev.kantor.assessment.ProfileDetails;
import dev.kantor.assessment.fit.Profile;
import dev.kantor.people.CustomerContact;
import dev.kantor.people.People;
import dev.kantor.people.Position;
import dev.kantor.people.Skill;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditAction;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.platform.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Role profiles: what a position asks (office, skills with their least level, desired dimension
 * ranges), or by default what a department's positions ask. The profile a position is measured
 * against is its own, else its department's; a back-office position with customer contact asks for
 * customer service at least at {@link Profile#CUSTOMER_SERVICE_BASELINE} whatever the profile says.
 */
@Service
@Transactional
public class RoleProfiles {

    /** The catalogue skill the customer-service baseline asks for. */
    public static final String CUSTOMER_SERVICE = "customer-service";

    private final JdbcClient jdbc;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    RoleProfiles(JdbcClient jdbc, People people, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<RoleProfile> ofPosition(long positionId) {
        return one("position_id", positionId);
    }

    @Transactional(readOnly = true)
    public Optional<RoleProfile> ofDepartment(long departmentId) {
        return one("department_id", departmentId);
    }

    /** Every profile, read in three queries. */
    @Transactional(readOnly = true)
    public List<RoleProfile> all() {
        Map<Long, Map<Long, Integer>> skills = new HashMap<>();
        jdbc.sql("select role_profile, skill_id, min_level from role_profile_skill")
                .query(rs -> {
                    skills.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getLong(2), rs.getInt(3));
                });
        Map<Long, Map<Dimension, DimensionRange>> ranges = new HashMap<>();
        jdbc.sql("select role_profile, dimension, low, high from role_profile_range")
                .query(rs -> {
                    ranges.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(Dimension.class))
                            .put(Dimension.valueOf(rs.getString(2)), new DimensionRange(rs.getInt(3), rs.getInt(4)));
                });
        return jdbc.sql(
                        "select id, position_id, department_id, office, version, updated_by, updated_at from role_profile "
                                + "order by id")
                .query((rs, row) -> new RoleProfile(
                        rs.getLong("id"),
                        rs.getObject("position_id", Long.class),
                        rs.getObject("department_id", Long.class),
                        Leaning.valueOf(rs.getString("office")),
                        skills.getOrDefault(rs.getLong("id"), Map.of()),
                        ranges.getOrDefault(rs.getLong("id"), Map.of()),
                        rs.getInt("version"),
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    /**
     * What each position is measured against (its own profile, else its department's, with the
     * customer-service baseline), by position id; positions with neither are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, Profile> effectiveByPosition() {
        List<RoleProfile> all = all();
        Map<Long, RoleProfile> byPosition = new HashMap<>();
        Map<Long, RoleProfile> byDepartment = new HashMap<>();
        for (RoleProfile p : all) {
            if (p.positionId() != null) {
                byPosition.put(p.positionId(), p);
            } else {
                byDepartment.put(p.departmentId(), p);
            }
        }
        Long customerService = customerServiceSkill();
        Map<Long, Profile> effective = new LinkedHashMap<>();
        for (Position position : people.positions()) {
            RoleProfile own = byPosition.get(position.getId());
            RoleProfile profile = own != null ? own : byDepartment.get(position.getDepartmentId());
            if (profile != null) {
                effective.put(position.getId(), withBaseline(profile.asked(), position, customerService));
            }
        }
        return effective;
    }

    /** What one position is measured against; empty when neither it nor its department has a profile. */
    @Transactional(readOnly = true)
    public Optional<Profile> effective(long positionId) {
        Position position = people.position(positionId)
                .orElseThrow(() -> KantorException.notFound("assessment.profile.no-position"));
        // one read of the profiles for both: the position's own, else its department's
        List<RoleProfile> all = all();
        Optional<RoleProfile> profile = all.stream()
                .filter(p -> Long.valueOf(positionId).equals(p.positionId()))
                .findFirst()
                .or(() -> all.stream()
                        .filter(p -> position.getDepartmentId().equals(p.departmentId()))
                        .findFirst());
        Long customerService = customerServiceSkill();
        return profile.map(p -> withBaseline(p.asked(), position, customerService));
    }

    /** Whether a position is back office with customer contact, so that the baseline applies to it. */
    public static boolean needsCustomerServiceBaseline(Position position) {
        return position.getCustomerContact() == CustomerContact.OCCASIONAL;
    }

    private static Profile withBaseline(Profile profile, Position position, Long customerService) {
        return customerService != null && needsCustomerServiceBaseline(position)
                ? profile.withCustomerServiceBaseline(customerService)
                : profile;
    }

    private Long customerServiceSkill() {
        Skill skill = people.skillsByCode().get(CUSTOMER_SERVICE);
        return skill == null ? null : skill.id();
    }

    /**
     * Defines or changes a profile; every broken rule is named by field. A change must name the
     * version it was made from, else it is refused as a conflict.
     */
    public RoleProfile save(ProfileDetails details) {
        check(details);
        Optional<RoleProfile> existing =
                details.positionId() != null ? ofPosition(details.positionId()) : ofDepartment(details.departmentId());
        long id;
        String by = CurrentUser.username();
        Timestamp now = Timestamp.from(clock.instant());
        if (existing.isPresent()) {
            RoleProfile before = existing.get();
            if (details.version() == null || details.version() != before.version()) {
                throw KantorException.conflict("assessment.profile.changed-meanwhile");
            }
            int updated = jdbc.sql("update role_profile set office = ?, version = version + 1, updated_by = ?, "
                            + "updated_at = ? where id = ? and version = ?")
                    .params(details.office().name(), by, now, before.id(), before.version())
                    .update();
            if (updated == 0) {
                throw KantorException.conflict("assessment.profile.changed-meanwhile");
            }
            id = before.id();
            jdbc.sql("delete from role_profile_skill where role_profile = ?")
                    .param(id)
                    .update();
            jdbc.sql("delete from role_profile_range where role_profile = ?")
                    .param(id)
                    .update();
        } else {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("insert into role_profile (position_id, department_id, office, updated_by, updated_at) "
                            + "values (?, ?, ?, ?, ?)")
                    .params(
                            details.positionId(),
                            details.departmentId(),
                            details.office().name(),
                            by,
                            now)
                    .update(key, "id");
            id = key.getKeyAs(Number.class).longValue();
        }
        for (var skill : details.skills().entrySet()) {
            jdbc.sql("insert into role_profile_skill (role_profile, skill_id, min_level) values (?, ?, ?)")
                    .params(id, skill.getKey(), skill.getValue())
                    .update();
        }
        for (var range : details.ranges().entrySet()) {
            jdbc.sql("insert into role_profile_range (role_profile, dimension, low, high) values (?, ?, ?, ?)")
                    .params(
                            id,
                            range.getKey().name(),
                            range.getValue().low(),
                            range.getValue().high())
                    .update();
        }
        RoleProfile saved = one("id", id).orElseThrow();
        audit.noted(
                "role-profile",
                id,
                subjectName(saved),
                existing.isPresent() ? AuditAction.UPDATED : AuditAction.CREATED,
                snapshot(saved));
        return saved;
    }

    private void check(ProfileDetails details) {
        InputCheck check = new InputCheck();
        check.that(
                (details.positionId() == null) != (details.departmentId() == null),
                "positionId",
                "assessment.profile.position-or-department");
        if (details.positionId() != null
                && people.position(details.positionId()).isEmpty()) {
            check.add("positionId", "assessment.profile.no-position");
        }
        if (details.departmentId() != null
                && people.department(details.departmentId()).isEmpty()) {
            check.add("departmentId", "assessment.profile.no-department");
        }
        check.that(
                details.office() == Leaning.FRONT || details.office() == Leaning.BACK,
                "office",
                "assessment.profile.office");
        Map<Long, Skill> skills = new HashMap<>();
        people.skills().forEach(s -> skills.put(s.id(), s));
        for (var skill : details.skills().entrySet()) {
            String field = "skills[" + skill.getKey() + "]";
            if (skill.getKey() == null || !skills.containsKey(skill.getKey())) {
                check.add(field, "assessment.profile.no-skill");
            } else {
                check.range(field, skill.getValue(), 1, 5);
                check.required(field, skill.getValue());
            }
        }
        for (var range : details.ranges().entrySet()) {
            DimensionRange r = range.getValue();
            String field = "ranges[" + range.getKey() + "]";
            if (r == null) {
                check.add(field, "validation.required");
            } else {
                check.that(
                        r.low() >= 0 && r.high() <= 100 && r.low() <= r.high(),
                        field,
                        "assessment.profile.range",
                        0,
                        100);
            }
        }
        check.throwIfAny();
    }

    private String subjectName(RoleProfile profile) {
        return profile.positionId() != null
                ? people.position(profile.positionId())
                        .map(Position::getTitleEn)
                        .orElse("")
                : people.department(profile.departmentId())
                        .map(dev.kantor.people.Department::getNameEn)
                        .orElse("");
    }

    private static Map<String, String> snapshot(RoleProfile profile) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("office", profile.office().name());
        List<String> skills = new ArrayList<>();
        profile.skills().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> skills.add(e.getKey() + ":" + e.getValue()));
        facts.put("skills", String.join(";", skills));
        List<String> ranges = new ArrayList<>();
        profile.ranges().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> ranges.add(e.getKey() + ":" + e.getValue().low() + "-"
                        + e.getValue().high()));
        facts.put("ranges", String.join(";", ranges));
        return facts;
    }

    private Optional<RoleProfile> one(String column, long value) {
        return all().stream()
                .filter(p -> switch (column) {
                    case "position_id" -> Long.valueOf(value).equals(p.positionId());
                    case "department_id" -> Long.valueOf(value).equals(p.departmentId());
                    default -> p.id() == value;
                })
                .findFirst();
    }
}
