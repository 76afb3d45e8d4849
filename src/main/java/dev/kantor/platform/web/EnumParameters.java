package dev.kantor.platform.web;

import java.util.Locale;

/** Reads an enum from a request parameter, ignoring case; unknown or blank values mean "any". */
public final class EnumParameters {

    private EnumParameters() {}

    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
