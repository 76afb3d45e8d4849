package dev.kantor.people.organisation;

import dev.kantor.people.CustomerContact;

import io.swagger.v3.oas.annotations.media.Schema;

/** A position to add or the new state of one to change, through the REST API. */
record PositionRequest(
        @Schema(example = "front-desk-agent") String code,
        String titleEn,
        String titleId,
        Long departmentId,
        CustomerContact customerContact,
        Boolean manages,
        Integer version) {}
