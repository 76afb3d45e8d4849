package dev.kantor.scheduling.schedules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import dev.kantor.scheduling.problem.Shortfall;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** The intervals a schedule leaves short, as the format's answer writes them: date, start, required, onDuty. */
final class ShortfallsJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ShortfallsJson() {}

    static String write(List<Shortfall> shortfalls) {
        ArrayNode array = JSON.createArrayNode();
        for (Shortfall s : shortfalls) {
            array.addObject()
                    .put("date", s.date().toString())
                    .put("start", s.start().toString())
                    .put("required", s.required())
                    .put("onDuty", s.onDuty());
        }
        return JSON.writeValueAsString(array);
    }

    static List<Shortfall> read(String json) {
        List<Shortfall> shortfalls = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return shortfalls;
        }
        for (JsonNode node : JSON.readTree(json)) {
            shortfalls.add(new Shortfall(
                    LocalDate.parse(node.get("date").asString()),
                    LocalTime.parse(node.get("start").asString()),
                    node.get("required").asInt(),
                    node.get("onDuty").asInt()));
        }
        return shortfalls;
    }
}
