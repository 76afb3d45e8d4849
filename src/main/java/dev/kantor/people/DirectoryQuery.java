package dev.kantor.people;

import dev.kantor.platform.InputCheck;

/**
 * A search of the people directory; every criterion is optional. A page or size out of range is
 * refused, naming it, rather than quietly replaced by another.
 *
 * @param text     part of a name, e-mail address or employee number
 * @param status   ACTIVE (the default), INACTIVE or ALL
 * @param page     zero-based; a page past the last one is empty
 * @param size     from 1 to {@link #MAX_SIZE}
 */
public record DirectoryQuery(
        String text,
        Long departmentId,
        Office office,
        Long skillId,
        Integer minSkillLevel,
        String language,
        Status status,
        int page,
        int size) {

    public enum Status {
        ACTIVE,
        INACTIVE,
        ALL
    }

    public static final int MAX_SIZE = 200;

    public DirectoryQuery {
        new InputCheck()
                .that(page >= 0, "page", "validation.at-least", 0)
                .range("size", size, 1, MAX_SIZE)
                .range("minLevel", minSkillLevel, SkillLevel.MIN, SkillLevel.MAX)
                .throwIfAny();
        status = status == null ? Status.ACTIVE : status;
        text = text == null || text.isBlank() ? null : text.strip();
        language =
                language == null || language.isBlank() ? null : language.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public static DirectoryQuery all() {
        return new DirectoryQuery(null, null, null, null, null, null, Status.ACTIVE, 0, MAX_SIZE);
    }
}
