package dev.kantor.people.organisation;

import dev.kantor.people.CustomerContact;
import dev.kantor.people.Office;
import dev.kantor.people.Position;

/** A position as the REST API shows it, with the office its customer contact places people in. */
record PositionResponse(
        long id,
        String code,
        String titleEn,
        String titleId,
        long departmentId,
        CustomerContact customerContact,
        Office office,
        boolean manages,
        boolean active,
        int version) {

    static PositionResponse of(Position p) {
        return new PositionResponse(
                p.getId(),
                p.getCode(),
                p.getTitleEn(),
                p.getTitleId(),
                p.getDepartmentId(),
                p.getCustomerContact(),
                p.office(),
                p.isManages(),
                p.isActive(),
                p.getVersion());
    }
}
