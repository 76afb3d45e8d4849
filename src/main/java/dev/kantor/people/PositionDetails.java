package dev.kantor.people;

/** What HR enters for a position. */
public record PositionDetails(
        String code,
        String titleEn,
        String titleId,
        Long departmentId,
        CustomerContact customerContact,
        boolean manages) {}
