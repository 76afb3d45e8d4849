package dev.kantor.people.skills;

/** A skill to add to the catalogue through the REST API. */
record SkillRequest(String code, String nameEn, String nameId) {}
