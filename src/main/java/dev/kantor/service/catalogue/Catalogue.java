package dev.kantor.service.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.kantor.people.People;
import dev.kantor.platform.DuplicateValue;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.audit.AuditTrail;
import dev.kantor.service.FieldDefinition;
import dev.kantor.service.FieldKind;
import dev.kantor.service.ServiceDefinition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's service catalogue: read by anyone, searched by name or department; a department's services
 * published and changed by its managers (and admins), with the version read so that two managers never overwrite
 * each other.
 */
@Service
@Transactional
public class Catalogue {

    private static final String SELECT =
            """
            select id, department_id, code, name_en, name_id, description_en, description_id, target_minutes,
                   handled_by, needs_approval, triggered_by, active, version
            from service_offering""";

    private final JdbcClient jdbc;
    private final Workplace workplace;
    private final People people;
    private final AuditTrail audit;

    Catalogue(JdbcClient jdbc, Workplace workplace, People people, AuditTrail audit) {
        this.jdbc = jdbc;
        this.workplace = workplace;
        this.people = people;
        this.audit = audit;
    }

    /** Active services whose name or description holds {@code q} (either language), of one department or all. */
    @Transactional(readOnly = true)
    public List<Offering> search(String q, Long departmentId) {
        StringBuilder sql = new StringBuilder("active = true");
        List<Object> params = new ArrayList<>();
        if (departmentId != null) {
            sql.append(" and department_id = ?");
            params.add(departmentId);
        }
        if (q != null && !q.isBlank()) {
            sql.append(
                    " and (lower(name_en) like ? or lower(name_id) like ? or lower(description_en) like ? or lower(description_id) like ?)");
            String like =
                    "%" + q.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            params.addAll(List.of(like, like, like, like));
        }
        sql.append(" order by department_id, name_en");
        return where(sql.toString(), params.toArray());
    }

    /** A department's services, inactive ones too, for its managers. */
    @Transactional(readOnly = true)
    public List<Offering> ofDepartment(long departmentId) {
        return where("department_id = ? order by name_en", departmentId);
    }

    @Transactional(readOnly = true)
    public Offering get(long id) {
        return find(id).orElseThrow(() -> KantorException.notFound("service.not-found"));
    }

    @Transactional(readOnly = true)
    public Optional<Offering> find(long id) {
        return where("id = ?", id).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<Offering> byCode(String code) {
        return where("code = ?", code).stream().findFirst();
    }

    /** The active service a carried-out resolution of this type files by itself, if one is published. */
    @Transactional(readOnly = true)
    public Optional<Offering> triggeredBy(String resolutionType) {
        return where("triggered_by = ? and active = true", resolutionType).stream()
                .findFirst();
    }

    /** The services with these ids, withdrawn ones too, by id: a list's services read in two queries. */
    @Transactional(readOnly = true)
    public Map<Long, Offering> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String in =
                String.join(",", ids.stream().distinct().map(String::valueOf).toList());
        Map<Long, Offering> found = new HashMap<>();
        where("id in (" + in + ")").forEach(o -> found.put(o.id(), o));
        return found;
    }

    /**
     * The one way services are read: the rows matching a condition (and its order), with their form fields in one
     * more query.
     */
    private List<Offering> where(String condition, Object... params) {
        return withFields(jdbc.sql(SELECT + " where " + condition)
                .params(params)
                .query(this::row)
                .list());
    }

    /** Publishes a new service of a department the caller manages. */
    public Offering publish(ServiceDefinition d) {
        mayManage(d.departmentId());
        CatalogueRules.check(d).throwIfAny();
        if (byCode(d.code().strip()).isPresent()) {
            throw new DuplicateValue("code", "service.code.taken");
        }
        if (blankToNull(d.triggeredBy()) != null && triggeredBy(d.triggeredBy()).isPresent()) {
            throw new DuplicateValue("triggeredBy", "service.triggered-by.taken");
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        insert into service_offering (department_id, code, name_en, name_id, description_en,
                            description_id, target_minutes, handled_by, needs_approval, triggered_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        d.departmentId(),
                        d.code().strip(),
                        d.nameEn().strip(),
                        d.nameId().strip(),
                        d.descriptionEn().strip(),
                        d.descriptionId().strip(),
                        d.targetMinutes(),
                        blankToNull(d.handledBy()),
                        d.needsApproval(),
                        blankToNull(d.triggeredBy()))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        writeFields(id, d.fields());
        audit.created("ServiceOffering", id, d.code(), Map.of("name", d.nameEn()));
        return get(id);
    }

    /** Changes a service; {@code expectedVersion} is the one read (409 when someone changed it since). */
    public Offering change(long id, ServiceDefinition d, int expectedVersion) {
        Offering current = get(id);
        mayManage(current.departmentId());
        if (d.departmentId() != current.departmentId()) {
            mayManage(d.departmentId());
        }
        CatalogueRules.check(d).throwIfAny();
        Optional<Offering> sameCode = byCode(d.code().strip());
        if (sameCode.isPresent() && sameCode.get().id() != id) {
            throw new DuplicateValue("code", "service.code.taken");
        }
        String trigger = blankToNull(d.triggeredBy());
        if (trigger != null && triggeredBy(trigger).filter(o -> o.id() != id).isPresent()) {
            throw new DuplicateValue("triggeredBy", "service.triggered-by.taken");
        }
        int changed = jdbc.sql(
                        """
                        update service_offering set department_id = ?, code = ?, name_en = ?, name_id = ?,
                            description_en = ?, description_id = ?, target_minutes = ?, handled_by = ?,
                            needs_approval = ?, triggered_by = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(
                        d.departmentId(),
                        d.code().strip(),
                        d.nameEn().strip(),
                        d.nameId().strip(),
                        d.descriptionEn().strip(),
                        d.descriptionId().strip(),
                        d.targetMinutes(),
                        blankToNull(d.handledBy()),
                        d.needsApproval(),
                        trigger,
                        id,
                        expectedVersion)
                .update();
        if (changed == 0) {
            throw KantorException.conflict("error.concurrent-change");
        }
        jdbc.sql("delete from service_field where offering_id = ?").param(id).update();
        writeFields(id, d.fields());
        audit.changed(
                "ServiceOffering",
                id,
                d.code(),
                dev.kantor.platform.audit.AuditAction.UPDATED,
                Map.of("name", current.nameEn()),
                Map.of("name", d.nameEn()));
        return get(id);
    }

    /** Withdraws a service from the catalogue, or offers it again; requests already filed go on. */
    public Offering setActive(long id, boolean active, int expectedVersion) {
        Offering current = get(id);
        mayManage(current.departmentId());
        int changed = jdbc.sql(
                        "update service_offering set active = ?, version = version + 1 where id = ? and version = ?")
                .params(active, id, expectedVersion)
                .update();
        if (changed == 0) {
            throw KantorException.conflict("error.concurrent-change");
        }
        audit.changed(
                "ServiceOffering",
                id,
                current.code(),
                dev.kantor.platform.audit.AuditAction.UPDATED,
                Map.of("active", String.valueOf(current.active())),
                Map.of("active", String.valueOf(active)));
        return get(id);
    }

    /** The departments the caller may publish services for. */
    @Transactional(readOnly = true)
    public List<dev.kantor.people.Department> managedDepartments() {
        Workplace.Me me = workplace.me();
        return people.departments().stream()
                .filter(dev.kantor.people.Department::isActive)
                .filter(d -> me.manages(d.getId()))
                .toList();
    }

    private void mayManage(long departmentId) {
        if (people.department(departmentId).isEmpty()) {
            throw dev.kantor.platform.InvalidInput.of("departmentId", "service.department.unknown");
        }
        if (!workplace.me().manages(departmentId)) {
            throw new KantorException(KantorException.Kind.FORBIDDEN, "service.not-your-department");
        }
    }

    private void writeFields(long id, List<FieldDefinition> fields) {
        for (int i = 0; i < fields.size(); i++) {
            FieldDefinition f = fields.get(i);
            jdbc.sql(
                            """
                            insert into service_field (offering_id, field_order, name, label_en, label_id, kind, required, choices)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            i,
                            f.name().strip(),
                            f.labelEn().strip(),
                            f.labelId().strip(),
                            f.kind().name(),
                            f.required(),
                            f.choices().isEmpty()
                                    ? null
                                    : String.join(
                                            "|",
                                            f.choices().stream()
                                                    .map(c -> c.strip().replace("|", "/"))
                                                    .toList()))
                    .update();
        }
    }

    private List<Offering> withFields(List<Offering> offerings) {
        if (offerings.isEmpty()) {
            return offerings;
        }
        Map<Long, List<FieldDefinition>> fields = new HashMap<>();
        String ids = String.join(
                ",", offerings.stream().map(o -> Long.toString(o.id())).toList());
        jdbc.sql("select offering_id, name, label_en, label_id, kind, required, choices from service_field"
                        + " where offering_id in (" + ids + ") order by offering_id, field_order")
                .query(rs -> {
                    String choices = rs.getString("choices");
                    fields.computeIfAbsent(rs.getLong("offering_id"), k -> new ArrayList<>())
                            .add(new FieldDefinition(
                                    rs.getString("name"),
                                    rs.getString("label_en"),
                                    rs.getString("label_id"),
                                    FieldKind.valueOf(rs.getString("kind")),
                                    rs.getBoolean("required"),
                                    choices == null ? List.of() : Arrays.asList(choices.split("\\|"))));
                });
        return offerings.stream()
                .map(o -> new Offering(
                        o.id(),
                        o.departmentId(),
                        o.code(),
                        o.nameEn(),
                        o.nameId(),
                        o.descriptionEn(),
                        o.descriptionId(),
                        o.targetMinutes(),
                        o.handledBy(),
                        o.needsApproval(),
                        o.triggeredBy(),
                        o.active(),
                        o.version(),
                        fields.getOrDefault(o.id(), List.of())))
                .toList();
    }

    private Offering row(ResultSet rs, int row) throws SQLException {
        return new Offering(
                rs.getLong("id"),
                rs.getLong("department_id"),
                rs.getString("code"),
                rs.getString("name_en"),
                rs.getString("name_id"),
                rs.getString("description_en"),
                rs.getString("description_id"),
                rs.getInt("target_minutes"),
                rs.getString("handled_by"),
                rs.getBoolean("needs_approval"),
                rs.getString("triggered_by"),
                rs.getBoolean("active"),
                rs.getInt("version"),
                List.of());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
