package dev.kantor.people;

/** What HR enters for a department. */
public record DepartmentDetails(String code, String nameEn, String nameId) {}
