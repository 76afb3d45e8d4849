package dev.kantor.platform.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The records bad input is aimed at, so that it reaches past "not found": an existing case, person,
 * queue, topic, approval... by the name a request gives it: a path's collection ({@code cases} for
 * {@code /cases/{id}}) or a field ({@code positionId}).
 */
final class Targets {

    private final Map<String, String> known = new LinkedHashMap<>();

    Targets put(String name, Object value) {
        known.put(name, String.valueOf(value));
        return this;
    }

    String get(String name) {
        return known.get(name);
    }

    /** The record a path variable names: by the collection before it, e.g. /cases/{id} a case's id. */
    String forPathVariable(String template, String variable) {
        switch (variable) {
            case "token":
                return known.get("token");
            case "date":
                return "2026-12-25";
            case "alertId":
                return "1";
            default:
                break;
        }
        String[] segments = template.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + variable + "}")) {
                return known.getOrDefault(segments[i - 1], "1");
            }
        }
        return "1";
    }

    /** A number for a field: a known record's id (positionId), 0 for a version, else 1. */
    long number(String field) {
        if (field == null) {
            return 1;
        }
        String value = known.get(field);
        return value != null && value.matches("\\d+") ? Long.parseLong(value) : field.equals("version") ? 0 : 1;
    }

    /** Plausible text for a field: an e-mail address, a known topic, a language, or just words. */
    String text(String field, String otherwise) {
        String name = field == null ? "" : field.toLowerCase(Locale.ROOT);
        if (name.contains("email")) {
            return "fuzz@example.com";
        }
        if (name.equals("topic") || name.equals("code")) {
            return known.get("topic");
        }
        if (name.equals("language")) {
            return "id";
        }
        return known.getOrDefault(field, otherwise);
    }
}
