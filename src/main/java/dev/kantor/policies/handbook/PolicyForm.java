package dev.kantor.policies.handbook;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import dev.kantor.people.Office;
import dev.kantor.policies.ArrangementTerms;
import dev.kantor.policies.PolicyCategory;
import dev.kantor.policies.PolicyDraft;
import dev.kantor.policies.ScopeKind;

import org.springframework.format.annotation.DateTimeFormat;

/** HR's form for a policy version: its text in both languages, whom it is for, from when, and for flextime and
 * telework what it allows. The scope's targets are one list per kind; the kind chosen says which one counts. */
public class PolicyForm {

    private PolicyCategory category;
    private String titleEn;
    private String titleId;
    private String bodyEn;
    private String bodyId;
    private ScopeKind scopeKind = ScopeKind.EVERYONE;
    private List<String> offices = new ArrayList<>();
    private List<Long> departmentIds = new ArrayList<>();
    private List<Long> positionIds = new ArrayList<>();
    private List<Long> employeeIds = new ArrayList<>();

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveFrom;

    private boolean arrangementAllowed;
    private Integer teleworkDays;

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime coreFrom;

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime coreUntil;

    private int version;

    static PolicyForm of(StoredVersion v) {
        PolicyForm form = new PolicyForm();
        form.category = v.category();
        form.titleEn = v.titleEn();
        form.titleId = v.titleIdn();
        form.bodyEn = v.bodyEn();
        form.bodyId = v.bodyIdn();
        form.scopeKind = v.scope().kind();
        form.offices =
                new ArrayList<>(v.scope().offices().stream().map(Office::name).toList());
        List<Long> ids = new ArrayList<>(v.scope().ids());
        switch (v.scope().kind()) {
            case DEPARTMENTS -> form.departmentIds = ids;
            case POSITIONS -> form.positionIds = ids;
            case EMPLOYEES -> form.employeeIds = ids;
            default -> {}
        }
        form.effectiveFrom = v.effectiveFrom();
        if (v.arrangement() != null) {
            form.arrangementAllowed = v.arrangement().allowed();
            form.teleworkDays = v.arrangement().teleworkDaysPerWeek();
            form.coreFrom = v.arrangement().coreFrom();
            form.coreUntil = v.arrangement().coreUntil();
        }
        form.version = v.version();
        return form;
    }

    PolicyDraft draft(PolicyCategory of) {
        List<String> targets =
                switch (scopeKind == null ? ScopeKind.EVERYONE : scopeKind) {
                    case EVERYONE -> List.of();
                    case OFFICE -> offices;
                    case DEPARTMENTS ->
                        departmentIds.stream().map(String::valueOf).toList();
                    case POSITIONS -> positionIds.stream().map(String::valueOf).toList();
                    case EMPLOYEES -> employeeIds.stream().map(String::valueOf).toList();
                };
        ArrangementTerms terms = of != null && of.isArrangement()
                ? new ArrangementTerms(arrangementAllowed, teleworkDays == null ? 0 : teleworkDays, coreFrom, coreUntil)
                : null;
        return new PolicyDraft(titleEn, titleId, bodyEn, bodyId, scopeKind, targets, effectiveFrom, terms);
    }

    public PolicyCategory getCategory() {
        return category;
    }

    public void setCategory(PolicyCategory category) {
        this.category = category;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleId() {
        return titleId;
    }

    public void setTitleId(String titleId) {
        this.titleId = titleId;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public String getBodyId() {
        return bodyId;
    }

    public void setBodyId(String bodyId) {
        this.bodyId = bodyId;
    }

    public ScopeKind getScopeKind() {
        return scopeKind;
    }

    public void setScopeKind(ScopeKind scopeKind) {
        this.scopeKind = scopeKind;
    }

    public List<String> getOffices() {
        return offices;
    }

    public void setOffices(List<String> offices) {
        this.offices = offices == null ? new ArrayList<>() : offices;
    }

    public List<Long> getDepartmentIds() {
        return departmentIds;
    }

    public void setDepartmentIds(List<Long> departmentIds) {
        this.departmentIds = departmentIds == null ? new ArrayList<>() : departmentIds;
    }

    public List<Long> getPositionIds() {
        return positionIds;
    }

    public void setPositionIds(List<Long> positionIds) {
        this.positionIds = positionIds == null ? new ArrayList<>() : positionIds;
    }

    public List<Long> getEmployeeIds() {
        return employeeIds;
    }

    public void setEmployeeIds(List<Long> employeeIds) {
        this.employeeIds = employeeIds == null ? new ArrayList<>() : employeeIds;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public boolean isArrangementAllowed() {
        return arrangementAllowed;
    }

    public void setArrangementAllowed(boolean arrangementAllowed) {
        this.arrangementAllowed = arrangementAllowed;
    }

    public Integer getTeleworkDays() {
        return teleworkDays;
    }

    public void setTeleworkDays(Integer teleworkDays) {
        this.teleworkDays = teleworkDays;
    }

    public LocalTime getCoreFrom() {
        return coreFrom;
    }

    public void setCoreFrom(LocalTime coreFrom) {
        this.coreFrom = coreFrom;
    }

    public LocalTime getCoreUntil() {
        return coreUntil;
    }

    public void setCoreUntil(LocalTime coreUntil) {
        this.coreUntil = coreUntil;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
