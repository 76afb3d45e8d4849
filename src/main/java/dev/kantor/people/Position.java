package dev.kantor.people;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.kantor.platform.KantorException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A job in a department. How much customer contact its work brings decides whether the
 * people holding it are front or back office.
 */
@Table("job_position")
public class Position {

    @Id
    private Long id;

    private String code;
    private String titleEn;
    private String titleId;
    private Long departmentId;
    private CustomerContact customerContact;
    private boolean manages;
    private boolean active;

    @Version
    private Integer version;

    Position(
            Long id,
            String code,
            String titleEn,
            String titleId,
            Long departmentId,
            CustomerContact customerContact,
            boolean manages,
            boolean active,
            Integer version) {
        this.id = id;
        this.code = code;
        this.titleEn = titleEn;
        this.titleId = titleId;
        this.departmentId = departmentId;
        this.customerContact = customerContact;
        this.manages = manages;
        this.active = active;
        this.version = version;
    }

    static Position create(PositionDetails details) {
        return new Position(
                null,
                details.code(),
                details.titleEn(),
                details.titleId(),
                details.departmentId(),
                details.customerContact(),
                details.manages(),
                true,
                null);
    }

    void change(PositionDetails details, int expectedVersion) {
        Versions.check(version, expectedVersion);
        this.code = details.code();
        this.titleEn = details.titleEn();
        this.titleId = details.titleId();
        this.departmentId = details.departmentId();
        this.customerContact = details.customerContact();
        this.manages = details.manages();
    }

    /** Retires the position; nobody active may still hold it. */
    void deactivate(long activeHolders) {
        if (!active) {
            throw KantorException.invalid("position.already-inactive");
        }
        if (activeHolders > 0) {
            throw KantorException.invalid("position.has-active-employees", activeHolders);
        }
        active = false;
    }

    void reactivate(boolean departmentActive) {
        if (active) {
            throw KantorException.invalid("position.already-active");
        }
        if (!departmentActive) {
            throw KantorException.invalid("position.department-inactive");
        }
        active = true;
    }

    public Office office() {
        return customerContact.office();
    }

    Map<String, String> snapshot(String departmentCode) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("titleEn", titleEn);
        fields.put("titleId", titleId);
        fields.put("department", departmentCode);
        fields.put("customerContact", customerContact.name());
        fields.put("manages", String.valueOf(manages));
        fields.put("active", String.valueOf(active));
        return fields;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getTitleId() {
        return titleId;
    }

    public String title(Locale locale) {
        return Names.in(locale, titleEn, titleId);
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public CustomerContact getCustomerContact() {
        return customerContact;
    }

    public boolean isManages() {
        return manages;
    }

    public boolean isActive() {
        return active;
    }

    public Integer getVersion() {
        return version;
    }
}
