package dev.kantor.people;

/**
 * A search of the people directory; every criterion is optional.
 *
 * @param text     part of a name, e-mail address or employee number
 * @param status   ACTIVE (the default), INACTIVE or ALL
 * @param page     zero-based
 */
public record DirectoryQuery(String text, Long departmentId, Office office, Long skillId, Integer minSkillLevel,
        String language, Status status, int page, int size) {

    public enum Status { ACTIVE, INACTIVE, ALL }

    public static final int MAX_SIZE = 200;

    public DirectoryQuery {
        status = status == null ? Status.ACTIVE : status;
        page = Math.max(page, 0);
        size = size <= 0 ? 25 : Math.min(size, MAX_SIZE);
        text = text == null || text.isBlank() ? null : text.strip();
        language = language == null || language.isBlank() ? null : language.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public static DirectoryQuery all() {
        return new DirectoryQuery(null, null, null, null, null, null, Status.ACTIVE, 0, MAX_SIZE);
    }
}
