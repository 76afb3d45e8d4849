package dev.kantor.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bodies and parameters for an API operation, from its schema in the OpenAPI description: a
 * plausible request, then one to three of its values spoiled for their type (or given another
 * type), or the whole body replaced by one far too large, of the wrong shape or not JSON at all.
 */
final class JsonBodies {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Where a number too large for any Java type goes, written into the text as it is. */
    private static final Pattern RAW = Pattern.compile("\"@@raw(\\d+)@@\"");

    private final JsonNode docs;
    private final Targets targets;

    JsonBodies(JsonNode docs, Targets targets) {
        this.docs = docs;
        this.targets = targets;
    }

    /** A bad body for the schema; the round decides its kind, the seed its details. */
    String body(JsonNode schema, BadInputs bad, int round) {
        if (round % 7 == 1) {
            return bad.notJson();
        }
        List<Slot> slots = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        JsonNode body = generate(schema, slots, null, null, 0);
        List<Slot> texts = slots.stream().filter(s -> isText(s.schema())).toList();
        if (round % 7 == 2 && !texts.isEmpty()) {
            bad.pick(texts).set(NODES.stringNode(bad.huge()));
        } else if (round % 7 == 3) {
            // a list where an object is expected, or an object where anything else is
            body = body instanceof ObjectNode ? NODES.arrayNode().add(body) : NODES.objectNode();
        } else if (!slots.isEmpty()) {
            int spoiled = 1 + bad.nextInt(3);
            for (int i = 0; i < spoiled; i++) {
                spoil(bad.pick(slots), bad, raw);
            }
        }
        Matcher marker = RAW.matcher(JSON.writeValueAsString(body));
        StringBuilder text = new StringBuilder();
        while (marker.find()) {
            marker.appendReplacement(text, Matcher.quoteReplacement(raw.get(Integer.parseInt(marker.group(1)))));
        }
        marker.appendTail(text);
        return text.toString();
    }

    /** A plausible value of a parameter. */
    String goodParameter(String name, JsonNode rawSchema) {
        JsonNode schema = resolve(rawSchema);
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        if (schema.path("format").asString("").equals("date")) {
            return "2026-03-09";
        }
        String type = schema.path("type").asString("");
        if (type.equals("integer")) {
            return String.valueOf(targets.number(name));
        }
        return type.equals("boolean") ? "true" : targets.text(name, "fuzz");
    }

    /** A bad value of a parameter: mostly bad for its type, sometimes of another type. */
    String badParameter(JsonNode rawSchema, BadInputs bad) {
        JsonNode schema = resolve(rawSchema);
        String type = schema.path("type").asString("");
        if (bad.chance(20)) {
            return bad.any();
        }
        if (type.equals("integer") || type.equals("number")) {
            return bad.number();
        }
        return schema.path("format").asString("").equals("date") ? bad.date() : bad.text();
    }

    /** A value of a path variable with a fixed set of values, such as a case type. */
    List<String> choices(JsonNode rawSchema) {
        List<String> values = new ArrayList<>();
        resolve(rawSchema).path("enum").forEach(v -> values.add(v.asString()));
        return values;
    }

    /** Replaces one value of a body with something bad for its type, or of another type. */
    private void spoil(Slot slot, BadInputs bad, List<String> raw) {
        JsonNode schema = slot.schema();
        String type = schema.path("type").asString("");
        String format = schema.path("format").asString("");
        int choice = bad.nextInt(10);
        if (choice == 0) {
            slot.set(NODES.nullNode());
        } else if (choice == 1) {
            slot.set(NODES.stringNode(bad.any()));
        } else if (choice == 2) {
            slot.set(bad.chance(50) ? NODES.objectNode().put("nested", "value") : NODES.booleanNode(true));
        } else if (type.equals("array")) {
            ArrayNode list = NODES.arrayNode().addNull();
            if (bad.chance(50)) {
                list.add(generate(schema.path("items"), new ArrayList<>(), null, null, 0));
            }
            slot.set(bad.chance(80) ? list : NODES.stringNode(bad.text()));
        } else if (type.equals("integer") || type.equals("number")) {
            String number = bad.number();
            if (number.matches("-?[0-9][0-9.e-]*")) {
                raw.add(number);
                slot.set(NODES.stringNode("@@raw" + (raw.size() - 1) + "@@"));
            } else {
                slot.set(NODES.stringNode(number));
            }
        } else if (format.equals("date")) {
            slot.set(NODES.stringNode(bad.date()));
        } else if (format.equals("date-time")) {
            slot.set(NODES.stringNode(bad.instant()));
        } else if (format.contains("time")
                || slot.name().toLowerCase(Locale.ROOT).endsWith("time")) {
            slot.set(NODES.stringNode(bad.time()));
        } else if (schema.has("enum")) {
            slot.set(NODES.stringNode(bad.chance(50) ? bad.text() : "NO_SUCH_VALUE"));
        } else {
            slot.set(NODES.stringNode(bad.text()));
        }
    }

    /** A place in a generated body, with the schema of what belongs there. */
    private record Slot(JsonNode parent, String field, int index, JsonNode schema) {

        void set(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(field, value);
            } else if (parent instanceof ArrayNode list) {
                list.set(index, value);
            }
        }

        String name() {
            return field == null ? "" : field;
        }
    }

    /** A plausible value for the schema, remembering every place in it that can be spoiled. */
    private JsonNode generate(JsonNode rawSchema, List<Slot> slots, JsonNode parent, String field, int depth) {
        JsonNode schema = resolve(rawSchema);
        JsonNode value;
        String type = schema.path("type").asString(schema.has("properties") ? "object" : "");
        if (schema.has("enum")) {
            value = NODES.stringNode(schema.get("enum").get(0).asString());
        } else if (type.equals("object") && depth < 4) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<String, JsonNode> property :
                    schema.path("properties").properties()) {
                object.set(
                        property.getKey(), generate(property.getValue(), slots, object, property.getKey(), depth + 1));
            }
            value = object;
        } else if (type.equals("array") && depth < 4) {
            ArrayNode list = NODES.arrayNode();
            list.add(generate(schema.path("items"), slots, list, null, depth + 1));
            value = list;
        } else if (schema.has("example") && !schema.get("example").isContainer()) {
            value = schema.get("example");
        } else {
            value = switch (type) {
                case "integer" -> NODES.numberNode(targets.number(field));
                case "number" -> NODES.numberNode(1.5);
                case "boolean" -> NODES.booleanNode(false);
                case "string" -> NODES.stringNode(goodText(field, schema));
                default -> NODES.objectNode();
            };
        }
        if (parent != null) {
            slots.add(new Slot(parent, field, parent instanceof ArrayNode list ? list.size() : -1, schema));
        }
        return value;
    }

    private String goodText(String field, JsonNode schema) {
        String format = schema.path("format").asString("");
        if (format.equals("date")) {
            return "2026-03-09";
        }
        return format.equals("date-time") ? "2026-03-09T03:00:00Z" : targets.text(field, "fuzz");
    }

    private static boolean isText(JsonNode schema) {
        return schema.path("type").asString("").equals("string") && !schema.has("enum");
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        for (int i = 0; i < 5 && resolved.has("$ref"); i++) {
            String name = resolved.get("$ref").asString().replace("#/components/schemas/", "");
            resolved = docs.path("components").path("schemas").path(name);
        }
        if (resolved.has("allOf")) {
            return resolve(resolved.get("allOf").get(0));
        }
        return resolved.has("oneOf") ? resolve(resolved.get("oneOf").get(0)) : resolved;
    }
}
