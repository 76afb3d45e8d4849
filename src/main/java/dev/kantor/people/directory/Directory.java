package dev.kantor.people.directory;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.kantor.people.CustomerContact;
import dev.kantor.people.DirectoryEntry;
import dev.kantor.people.DirectoryPage;
import dev.kantor.people.DirectoryQuery;
import dev.kantor.people.Office;
import dev.kantor.people.SkillLevel;
import dev.kantor.people.office.HybridOffice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people directory as a read model: one query for a page of employees with their
 * position, department and manager, and one each for their skills and languages.
 */
@Component
public class Directory {

    private static final String SELECT =
            """
            select e.id, e.employee_number, e.full_name, e.email, e.phone, e.hired_on, e.active, e.version,
                   p.id as position_id, p.code as position_code, p.title_en, p.title_id, p.customer_contact,
                   d.id as department_id, d.code as department_code, d.name_en as department_en,
                   d.name_id as department_idn,
                   m.id as manager_id, m.full_name as manager_name
            from employee e
              join job_position p on p.id = e.position_id
              join department d on d.id = p.department_id
              left join employee m on m.id = e.manager_id
            """;

    private final JdbcClient jdbc;
    private final HybridOffice hybrid;

    Directory(JdbcClient jdbc, HybridOffice hybrid) {
        this.jdbc = jdbc;
        this.hybrid = hybrid;
    }

    /** The fields the directory sorts by, and their columns. */
    static final Map<String, String> SORTED_BY =
            Map.of("fullName", "lower(e.full_name)", "employeeNumber", "e.employee_number", "hiredOn", "e.hired_on");

    /** One page of the employees a query matches, ordered by name. */
    public DirectoryPage search(DirectoryQuery query) {
        return search(query, null, false);
    }

    /**
     * One page of the employees a query matches, sorted by one of {@link #SORTED_BY}'s fields (ties by id
     * the same way), or by name when sortBy is null.
     */
    public DirectoryPage search(DirectoryQuery query, String sortBy, boolean descending) {
        String column = sortBy == null ? null : SORTED_BY.get(sortBy);
        String direction = descending ? " desc" : "";
        String order = column == null
                ? " order by lower(e.full_name), e.id"
                : " order by " + column + direction + ", e.id" + direction;
        Map<String, Object> params = new HashMap<>();
        Set<Long> hybrids = hybrid.employees();
        String where = where(query, params, hybrids);
        long total = jdbc.sql("select count(*) from employee e join job_position p on p.id = e.position_id " + where)
                .params(params)
                .query(Long.class)
                .single();
        // a page past the end is empty: never another page's entries under its number
        int page = query.page();
        params.put("limit", query.size());
        params.put("offset", (long) page * query.size());
        List<DirectoryEntry> entries = jdbc.sql(SELECT + where + order + " limit :limit offset :offset")
                .params(params)
                .query((rs, row) -> entry(rs))
                .list();
        return new DirectoryPage(withSkillsAndLanguages(measured(entries, hybrids)), page, query.size(), total);
    }

    /** One employee as the directory shows them, active or not. */
    public Optional<DirectoryEntry> entry(long id) {
        return jdbc.sql(SELECT + " where e.id = :id")
                .param("id", id)
                .query((rs, row) -> entry(rs))
                .optional()
                .map(e -> withSkillsAndLanguages(measured(List.of(e), hybrid.employees()))
                        .get(0));
    }

    /** Every active employee, by id, in one read and without skills and languages (empty), for figures over everyone. */
    public List<DirectoryEntry> everyoneActive() {
        return measured(
                jdbc.sql(SELECT + " where e.active = true order by e.id")
                        .query((rs, row) -> entry(rs))
                        .list(),
                hybrid.employees());
    }

    /** The active people who report to a manager, by name. */
    public List<DirectoryEntry> reportsOf(long managerId) {
        return withSkillsAndLanguages(measured(
                jdbc.sql(SELECT + " where e.manager_id = :id and e.active = true order by lower(e.full_name)")
                        .param("id", managerId)
                        .query((rs, row) -> entry(rs))
                        .list(),
                hybrid.employees()));
    }

    /** Back-office employees whose measured customer contact is significant are hybrid. */
    private static List<DirectoryEntry> measured(List<DirectoryEntry> entries, Set<Long> hybrids) {
        return entries.stream()
                .map(e -> e.office() == Office.BACK && hybrids.contains(e.id()) ? e.asHybrid() : e)
                .toList();
    }

    private static String where(DirectoryQuery query, Map<String, Object> params, Set<Long> hybrids) {
        List<String> conditions = new ArrayList<>();
        switch (query.status()) {
            case ACTIVE -> conditions.add("e.active = true");
            case INACTIVE -> conditions.add("e.active = false");
            case ALL -> {}
        }
        if (query.text() != null) {
            conditions.add(
                    "(lower(e.full_name) like :text or lower(e.email) like :text or lower(e.employee_number) like :text)");
            params.put(
                    "text",
                    "%"
                            + query.text()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .replace("%", "\\%")
                                    .replace("_", "\\_") + "%");
        }
        if (query.departmentId() != null) {
            conditions.add("p.department_id = :department");
            params.put("department", query.departmentId());
        }
        if (query.office() != null) {
            // HYBRID people hold back-office positions; their measured contact sets them apart
            Office placed = query.office() == Office.HYBRID ? Office.BACK : query.office();
            conditions.add("p.customer_contact in (:contacts)");
            params.put(
                    "contacts",
                    CustomerContact.placing(placed).stream().map(Enum::name).toList());
            params.put("hybrids", hybrids.isEmpty() ? List.of(-1L) : List.copyOf(hybrids));
            if (query.office() == Office.HYBRID) {
                conditions.add("e.id in (:hybrids)");
            } else if (query.office() == Office.BACK) {
                conditions.add("e.id not in (:hybrids)");
            }
        }
        if (query.skillId() != null) {
            conditions.add("exists (select 1 from employee_skill s where s.employee = e.id and s.skill_id = :skill"
                    + " and s.skill_level >= :minLevel)");
            params.put("skill", query.skillId());
            params.put("minLevel", query.minSkillLevel() == null ? SkillLevel.MIN : query.minSkillLevel());
        }
        if (query.language() != null) {
            conditions.add(
                    "exists (select 1 from employee_language l where l.employee = e.id and l.language_code = :language)");
            params.put("language", query.language());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private List<DirectoryEntry> withSkillsAndLanguages(List<DirectoryEntry> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        List<Long> ids = entries.stream().map(DirectoryEntry::id).toList();
        Map<Long, List<DirectoryEntry.SkillEntry>> skills = new HashMap<>();
        jdbc.sql(
                        """
                select es.employee, s.id, s.code, s.name_en, s.name_id, es.skill_level
                from employee_skill es join skill s on s.id = es.skill_id
                where es.employee in (:ids) order by es.skill_level desc, s.name_en""")
                .param("ids", ids)
                .query(rs -> {
                    skills.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new DirectoryEntry.SkillEntry(
                                    rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6)));
                });
        Map<Long, List<String>> languages = new HashMap<>();
        jdbc.sql(
                        "select employee, language_code from employee_language where employee in (:ids) order by language_code")
                .param("ids", ids)
                .query(rs -> {
                    languages
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return entries.stream()
                .map(e -> e.withSkillsAndLanguages(
                        skills.getOrDefault(e.id(), List.of()), languages.getOrDefault(e.id(), List.of())))
                .toList();
    }

    private static DirectoryEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        CustomerContact contact = CustomerContact.valueOf(rs.getString("customer_contact"));
        Date hired = rs.getDate("hired_on");
        return new DirectoryEntry(
                rs.getLong("id"),
                rs.getString("employee_number"),
                rs.getString("full_name"),
                rs.getString("email"),
                rs.getString("phone"),
                hired == null ? null : hired.toLocalDate(),
                rs.getBoolean("active"),
                rs.getInt("version"),
                rs.getLong("position_id"),
                rs.getString("position_code"),
                rs.getString("title_en"),
                rs.getString("title_id"),
                rs.getLong("department_id"),
                rs.getString("department_code"),
                rs.getString("department_en"),
                rs.getString("department_idn"),
                contact,
                contact.office(),
                (Long) rs.getObject("manager_id", Long.class),
                rs.getString("manager_name"),
                List.of(),
                List.of());
    }
}
