package dev.kantor.people.organisation;

import dev.kantor.people.Department;
import dev.kantor.people.DepartmentDetails;
import dev.kantor.people.Office;

/** The department form as the browser sends it. */
public class DepartmentForm {

    private String code;
    private String nameEn;
    private String nameId;
    private Office character;
    private int version;

    static DepartmentForm of(Department d) {
        DepartmentForm form = new DepartmentForm();
        form.code = d.getCode();
        form.nameEn = d.getNameEn();
        form.nameId = d.getNameId();
        form.character = d.getOfficeCharacter();
        form.version = d.getVersion();
        return form;
    }

    DepartmentDetails details() {
        return new DepartmentDetails(code, nameEn, nameId, character);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameId() {
        return nameId;
    }

    public void setNameId(String nameId) {
        this.nameId = nameId;
    }

    public Office getCharacter() {
        return character;
    }

    public void setCharacter(Office character) {
        this.character = character;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
