package dev.kantor.calendar.admin;

/** The form that adds a public holiday, as the browser sends it; the date as typed, read on saving. */
public class HolidayForm {

    private String date;
    private String nameEn;
    private String nameId;

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
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
