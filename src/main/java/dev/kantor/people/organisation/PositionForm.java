package dev.kantor.people.organisation;

import dev.kantor.people.CustomerContact;
import dev.kantor.people.Position;
import dev.kantor.people.PositionDetails;

/** The position form as the browser sends it. */
public class PositionForm {

    private String code;
    private String titleEn;
    private String titleId;
    private Long departmentId;
    private CustomerContact customerContact;
    private boolean manages;
    private int version;

    static PositionForm of(Position p) {
        PositionForm form = new PositionForm();
        form.code = p.getCode();
        form.titleEn = p.getTitleEn();
        form.titleId = p.getTitleId();
        form.departmentId = p.getDepartmentId();
        form.customerContact = p.getCustomerContact();
        form.manages = p.isManages();
        form.version = p.getVersion();
        return form;
    }

    PositionDetails details() {
        return new PositionDetails(code, titleEn, titleId, departmentId, customerContact, manages);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public CustomerContact getCustomerContact() {
        return customerContact;
    }

    public void setCustomerContact(CustomerContact customerContact) {
        this.customerContact = customerContact;
    }

    public boolean isManages() {
        return manages;
    }

    public void setManages(boolean manages) {
        this.manages = manages;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
