package dev.kantor.platform.web;

import java.util.List;
import java.util.Random;

/**
 * Values an attacker or a broken client sends, drawn from a seeded {@link Random} so that a
 * failing run can be repeated exactly: text with characters a database cannot store, numbers at
 * and beyond every limit, dates far outside any calendar a business keeps, and text of every
 * shape that is not what a field expects.
 */
final class BadInputs {

    static final List<String> TEXTS = List.of(
            "nul\u0000inside",
            "\u0000",
            "bell\u0007ring",
            "esc\u001b[31mred",
            "del\u007f",
            "next\u0085line",
            "lone\ud800surrogate",
            "\ufeffbom",
            "\u202eright-to-left",
            "x".repeat(5_000),
            "\ud834\udd1e".repeat(700),
            "' or 1=1 --",
            "<script>alert(1)</script>",
            "%00",
            "${7*7}",
            "   ",
            "",
            "tab\tcr\rlf\n",
            "\\u0000",
            "null");
    static final List<String> NUMBERS = List.of(
            "-1",
            "0",
            "-0",
            "2147483647",
            "2147483648",
            "-2147483649",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775809",
            "99999999999999999999999999999",
            "1e308",
            "1e309",
            "-1e309",
            "1e-400",
            "1.5",
            "0.0000001",
            "NaN",
            "Infinity",
            "0x10",
            "1_000");
    static final List<String> DATES = List.of(
            "+1000000000-01-01",
            "999999999-12-31",
            "-999999999-01-01",
            "+999999999-12-31",
            "0000-01-01",
            "0001-01-01",
            "1899-12-31",
            "10000-01-01",
            "9999-12-31",
            "2026-02-30",
            "2026-13-01",
            "26-03-09",
            "2026-03-09T10:00",
            "yesterday");
    static final List<String> INSTANTS = List.of(
            "+1000000000-01-01T00:00:00Z",
            "+999999999-12-31T23:59:59Z",
            "-1000000000-01-01T00:00:00Z",
            "-999999999-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z",
            "10000-01-01T00:00:00Z",
            "0001-01-01T00:00:00Z",
            "1970-01-01T00:00:00Z",
            "2026-03-09T10:00:00",
            "2026-03-09T10:00:00+99:00",
            "1e20",
            "-9223372036854775808");
    static final List<String> TIMES =
            List.of("24:00", "23:59:59.999999999", "10:07", "-01:00", "99:99", "10:15:30", "T10:15", "10");
    static final List<String> NOT_JSON = List.of(
            "",
            "not json",
            "{",
            "}",
            "[",
            "[]",
            "null",
            "\"text\"",
            "42",
            "{\"a\":}",
            "<xml/>",
            "{\"version\": 1,}",
            "{'single': 'quotes'}",
            "\u0000\u0001\u0002",
            "[".repeat(3_000),
            "{\"a\":".repeat(2_000),
            "\ufeff{}",
            "{\"a\": 1e999999}");

    private final Random random;

    BadInputs(long seed) {
        this.random = new Random(seed);
    }

    String text() {
        return pick(TEXTS);
    }

    String number() {
        return pick(NUMBERS);
    }

    String date() {
        return pick(DATES);
    }

    String instant() {
        return pick(INSTANTS);
    }

    String time() {
        return pick(TIMES);
    }

    String notJson() {
        return pick(NOT_JSON);
    }

    /** Text far beyond any field's limit, but well within what the server reads. */
    String huge() {
        return "y".repeat(100_000 + random.nextInt(200_000));
    }

    /** Any bad value, whatever the field is: the wrong type is also bad input. */
    String any() {
        return switch (random.nextInt(5)) {
            case 0 -> text();
            case 1 -> number();
            case 2 -> date();
            case 3 -> instant();
            default -> time();
        };
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
