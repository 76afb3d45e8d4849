package dev.kantor.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One employee as the directory lists them, with their position, department and manager.
 * Names ending in {@code Idn} are the Bahasa Indonesia ones (to keep them apart from identifiers).
 */
public record DirectoryEntry(
        long id,
        String employeeNumber,
        String fullName,
        String email,
        String phone,
        LocalDate hiredOn,
        boolean active,
        int version,
        long positionId,
        String positionCode,
        String positionEn,
        String positionIdn,
        long departmentId,
        String departmentCode,
        String departmentEn,
        String departmentIdn,
        CustomerContact customerContact,
        Office office,
        Long managerId,
        String managerName,
        List<SkillEntry> skills,
        List<String> languages) {

    /** A skill held at a level, named in both languages. */
    public record SkillEntry(long skillId, String code, String nameEn, String nameIdn, int level) {

        public String name(Locale locale) {
            return Names.in(locale, nameEn, nameIdn);
        }
    }

    public String position(Locale locale) {
        return Names.in(locale, positionEn, positionIdn);
    }

    public String department(Locale locale) {
        return Names.in(locale, departmentEn, departmentIdn);
    }

    /** The same entry, placed in the HYBRID office by measured customer contact. */
    public DirectoryEntry asHybrid() {
        return new DirectoryEntry(
                id,
                employeeNumber,
                fullName,
                email,
                phone,
                hiredOn,
                active,
                version,
                positionId,
                positionCode,
                positionEn,
                positionIdn,
                departmentId,
                departmentCode,
                departmentEn,
                departmentIdn,
                customerContact,
                Office.HYBRID,
                managerId,
                managerName,
                skills,
                languages);
    }

    /** The same entry with the skills and languages read for it. */
    public DirectoryEntry withSkillsAndLanguages(List<SkillEntry> skills, List<String> languages) {
        return new DirectoryEntry(
                id,
                employeeNumber,
                fullName,
                email,
                phone,
                hiredOn,
                active,
                version,
                positionId,
                positionCode,
                positionEn,
                positionIdn,
                departmentId,
                departmentCode,
                departmentEn,
                departmentIdn,
                customerContact,
                office,
                managerId,
                managerName,
                skills,
                languages);
    }
}
