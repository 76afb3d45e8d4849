package dev.kantor.people.skills;

/** The form that adds a skill to the catalogue, as the browser sends it. */
public class SkillForm {

    private String code;
    private String nameEn;
    private String nameId;

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
}
