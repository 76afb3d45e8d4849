package dev.kantor.scheduling.problem;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import tools.jackson.databind.JsonNode;

/**
 * Reads typed fields out of a JSON tree and notes each one that is missing or of the wrong kind,
 * with its path, instead of throwing: a bad problem is answered with all its faults at once.
 */
final class JsonFields {

    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final List<ProblemIssue> issues = new ArrayList<>();

    List<ProblemIssue> issues() {
        return issues;
    }

    void issue(String path, String key) {
        issues.add(new ProblemIssue(path, key));
    }

    private JsonNode field(JsonNode parent, String name, String path, boolean required) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                issue(path, "scheduling.problem.missing");
            }
            return null;
        }
        return node;
    }

    Integer integer(JsonNode parent, String name, String path, boolean required) {
        JsonNode node = field(parent, name, path, required);
        return node == null ? null : integerOf(node, path);
    }

    Integer integerOf(JsonNode node, String path) {
        if (!node.isNumber()) {
            issue(path, "scheduling.problem.not-a-number");
            return null;
        }
        if (!node.isIntegralNumber() && node.doubleValue() != Math.rint(node.doubleValue())) {
            issue(path, "scheduling.problem.not-a-whole-number");
            return null;
        }
        double value = node.doubleValue();
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            issue(path, "scheduling.problem.out-of-range");
            return null;
        }
        return (int) value;
    }

    String string(JsonNode parent, String name, String path, boolean required) {
        JsonNode node = field(parent, name, path, required);
        return node == null ? null : stringOf(node, path);
    }

    String stringOf(JsonNode node, String path) {
        if (!node.isString()) {
            issue(path, "scheduling.problem.not-a-text");
            return null;
        }
        return node.stringValue();
    }

    LocalDate date(JsonNode parent, String name, String path, boolean required) {
        JsonNode node = field(parent, name, path, required);
        return node == null ? null : dateOf(node, path);
    }

    LocalDate dateOf(JsonNode node, String path) {
        String text = stringOf(node, path);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            issue(path, "scheduling.problem.not-a-date");
            return null;
        }
    }

    LocalTime time(JsonNode parent, String name, String path, boolean required) {
        JsonNode node = field(parent, name, path, required);
        if (node == null) {
            return null;
        }
        String text = stringOf(node, path);
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text, HH_MM);
        } catch (DateTimeParseException e) {
            issue(path, "scheduling.problem.not-a-time");
            return null;
        }
    }

    /** Each element of an array field read by {@code element}; null elements leave the list null. */
    <T> List<T> list(
            JsonNode parent, String name, String path, boolean required, BiFunction<JsonNode, String, T> element) {
        JsonNode node = field(parent, name, path, required);
        if (node == null) {
            return required ? null : List.of();
        }
        if (!node.isArray()) {
            issue(path, "scheduling.problem.not-a-list");
            return null;
        }
        if (node.size() > JsonLimits.MAX_ARRAY) {
            issue(path, "scheduling.problem.too-many");
            return null;
        }
        List<T> values = new ArrayList<>(node.size());
        boolean complete = true;
        for (int i = 0; i < node.size(); i++) {
            T value = element.apply(node.get(i), path + "[" + i + "]");
            complete &= value != null;
            values.add(value);
        }
        return complete ? values : null;
    }

    boolean object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            issue(path, "scheduling.problem.not-an-object");
            return false;
        }
        return true;
    }
}
