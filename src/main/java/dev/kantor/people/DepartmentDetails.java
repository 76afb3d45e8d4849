package dev.kantor.people;

/**
 * What HR enters for a department.
 *
 * @param character whether the department is primarily front office, back office or hybrid, as HR
 *                  declares it; null while undeclared
 */
public record DepartmentDetails(String code, String nameEn, String nameId, Office character) {

    /** A department whose office character is not declared. */
    public DepartmentDetails(String code, String nameEn, String nameId) {
        this(code, nameEn, nameId, null);
    }
}
