package dev.kantor.people;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.kantor.platform.KantorException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A department of the organisation, named in both languages. */
@Table("department")
public class Department {

    @Id
    private Long id;

    private String code;
    private String nameEn;
    private String nameId;
    private boolean active;
    private Office officeCharacter;

    @Version
    private Integer version;

    Department(Long id, String code, String nameEn, String nameId, boolean active, Integer version) {
        this.id = id;
        this.code = code;
        this.nameEn = nameEn;
        this.nameId = nameId;
        this.active = active;
        this.version = version;
    }

    static Department open(DepartmentDetails details) {
        Department department = new Department(null, details.code(), details.nameEn(), details.nameId(), true, null);
        department.officeCharacter = details.character();
        return department;
    }

    void change(DepartmentDetails details, int expectedVersion) {
        Versions.check(version, expectedVersion);
        this.code = details.code();
        this.nameEn = details.nameEn();
        this.nameId = details.nameId();
        this.officeCharacter = details.character();
    }

    /** Closes the department; it must no longer have active positions. */
    void deactivate(long activePositions) {
        if (!active) {
            throw KantorException.invalid("department.already-inactive");
        }
        if (activePositions > 0) {
            throw KantorException.invalid("department.has-active-positions", activePositions);
        }
        active = false;
    }

    void reactivate() {
        if (active) {
            throw KantorException.invalid("department.already-active");
        }
        active = true;
    }

    Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("nameEn", nameEn);
        fields.put("nameId", nameId);
        fields.put("active", String.valueOf(active));
        fields.put("officeCharacter", officeCharacter == null ? "" : officeCharacter.name());
        return fields;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameId() {
        return nameId;
    }

    public String name(Locale locale) {
        return Names.in(locale, nameEn, nameId);
    }

    /** Whether HR declared it primarily front office, back office or hybrid; null while undeclared. */
    public Office getOfficeCharacter() {
        return officeCharacter;
    }

    public boolean isActive() {
        return active;
    }

    public Integer getVersion() {
        return version;
    }
}
