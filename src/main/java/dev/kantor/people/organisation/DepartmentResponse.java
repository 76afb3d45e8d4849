package dev.kantor.people.organisation;

import dev.kantor.people.Department;

/** A department as the REST API shows it. */
record DepartmentResponse(long id, String code, String nameEn, String nameId, boolean active, int version) {

    static DepartmentResponse of(Department d) {
        return new DepartmentResponse(
                d.getId(), d.getCode(), d.getNameEn(), d.getNameId(), d.isActive(), d.getVersion());
    }
}
