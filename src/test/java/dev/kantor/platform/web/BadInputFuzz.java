package dev.kantor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.BeanInfo;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad input never makes Kantor fail: every operation of the published API (read from
 * {@code /v3/api-docs}) and every form of the pages (every POST handler outside {@code /api}) gets
 * seeded bad input — text with characters a database cannot store, numbers beyond every limit,
 * nulls, wrong types, far dates, null entries in lists, huge payloads, bodies that are not JSON —
 * as an admin, and anonymously on the portal, and must answer below 500. Every 4xx of the API
 * must also be problem details. The forms are sent the way a browser sends them: in a signed-in
 * session, with its CSRF token.
 * <p>
 * It runs on PostgreSQL, which refuses more than H2 does (a NUL character in text, say), inside
 * another PostgreSQL test's application context: see {@code PeopleApiPostgresTest.BadInput}. A
 * failure prints the request that caused it; its seed repeats it.
 */
public abstract class BadInputFuzz {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern RAW = Pattern.compile("\"@@raw(\\d+)@@\"");
    private static final Set<Class<?>> FRAMEWORK_ARGUMENTS = Set.of(org.springframework.ui.Model.class,
            org.springframework.validation.BindingResult.class, org.springframework.validation.Errors.class,
            org.springframework.web.servlet.mvc.support.RedirectAttributes.class,
            jakarta.servlet.http.HttpServletRequest.class, jakarta.servlet.http.HttpServletResponse.class,
            Locale.class, java.security.Principal.class);
    private static final int MAX_REPORTED = 40;

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient api = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> failures = new ArrayList<>();
    private int sent;
    private Map<String, String> known;

    // ---------------------------------------------------------------- the API

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 1_337, 20_260_309})
    void everyApiOperationAnswersBadInputWithoutAServerError(long seed) throws Exception {
        BadInputs bad = new BadInputs(seed);
        JsonNode docs = apiCall("GET", "/v3/api-docs", null, null).json();
        knownRecords();
        long started = System.nanoTime();
        for (Map.Entry<String, JsonNode> path : docs.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase(Locale.ROOT);
                if (Set.of("POST", "PUT", "PATCH", "GET").contains(method)) {
                    fuzzOperation(docs, method, path.getKey(), operation.getValue(), bad);
                }
            }
        }
        report("API", seed, started);
    }

    private void fuzzOperation(JsonNode docs, String method, String template, JsonNode operation, BadInputs bad)
            throws Exception {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        JsonNode content = operation.path("requestBody").path("content");
        boolean hasQuery = parameters.stream().anyMatch(p -> p.path("in").asString().equals("query"));
        boolean hasBody = !content.isMissingNode() && !content.isEmpty();
        if (method.equals("GET") && !hasQuery) {
            return;
        }
        int rounds = hasBody ? 14 : hasQuery ? 8 : 3;
        for (int round = 0; round < rounds; round++) {
            // without a body or parameters only the address can be bad: a good one would be a real action
            boolean spoilPath = round == 0 || !hasBody && !hasQuery || bad.chance(15);
            String path = path(template, parameters, docs, bad, spoilPath);
            String query = query(parameters, docs, bad, hasQuery && (!hasBody || bad.chance(30)));
            String target = query.isEmpty() ? path : path + "?" + query;
            if (!hasBody) {
                checkApi(method, target, null, null);
            } else if (content.has("application/json")) {
                checkApi(method, target, "application/json",
                        jsonBody(docs, content.get("application/json").path("schema"), bad, round));
            } else {
                checkApi(method, target, content.properties().iterator().next().getKey(), csvBody(bad));
            }
        }
    }

    private String path(String template, List<JsonNode> parameters, JsonNode docs, BadInputs bad, boolean spoil) {
        String path = template;
        for (JsonNode parameter : parameters) {
            if (!parameter.path("in").asString().equals("path")) {
                continue;
            }
            String name = parameter.path("name").asString();
            JsonNode schema = resolve(docs, parameter.path("schema"));
            String value = spoil ? bad.any() : schema.has("enum") ? bad.pick(values(schema.get("enum")))
                    : knownFor(template, name);
            path = path.replace("{" + name + "}", encode(value));
        }
        return path;
    }

    private String query(List<JsonNode> parameters, JsonNode docs, BadInputs bad, boolean spoil) {
        List<String> pairs = new ArrayList<>();
        List<JsonNode> query = parameters.stream().filter(p -> p.path("in").asString().equals("query")).toList();
        JsonNode spoiled = spoil && !query.isEmpty() ? bad.pick(query) : null;
        for (JsonNode parameter : query) {
            String name = parameter.path("name").asString();
            JsonNode schema = resolve(docs, parameter.path("schema"));
            String value;
            if (parameter == spoiled) {
                value = badValueFor(schema, bad);
            } else if (parameter.path("required").asBoolean(false) || bad.chance(30)) {
                value = goodValueFor(name, schema);
            } else {
                continue;
            }
            pairs.add(encode(name) + "=" + encode(value));
        }
        if (spoil && bad.chance(10)) {
            pairs.add("q=" + encode(bad.huge().substring(0, 9_000)));
        }
        return String.join("&", pairs);
    }

    private String jsonBody(JsonNode docs, JsonNode schema, BadInputs bad, int round) {
        if (round % 7 == 1) {
            return bad.notJson();
        }
        List<Slot> slots = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        JsonNode body = generate(docs, schema, slots, null, null, 0);
        if (round % 7 == 2 && slots.stream().anyMatch(s -> isString(s.schema))) {
            Slot slot = bad.pick(slots.stream().filter(s -> isString(s.schema)).toList());
            slot.set(NODES.stringNode(bad.huge()));
        } else if (round % 7 == 3 && !(body instanceof ObjectNode)) {
            return "{}";
        } else if (round % 7 == 3) {
            // a list where an object is expected
            ArrayNode list = NODES.arrayNode();
            list.add(body);
            body = list;
        } else if (!slots.isEmpty()) {
            int mutations = 1 + bad.nextInt(3);
            for (int i = 0; i < mutations; i++) {
                spoil(bad.pick(slots), bad, raw, docs);
            }
        }
        String text = JSON.writeValueAsString(body);
        Matcher marker = RAW.matcher(text);
        StringBuilder out = new StringBuilder();
        while (marker.find()) {
            marker.appendReplacement(out, Matcher.quoteReplacement(raw.get(Integer.parseInt(marker.group(1)))));
        }
        marker.appendTail(out);
        return out.toString();
    }

    /** Replaces one value of a body with something bad for its type, or of another type. */
    private void spoil(Slot slot, BadInputs bad, List<String> raw, JsonNode docs) {
        JsonNode schema = slot.schema;
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
            ArrayNode list = NODES.arrayNode();
            list.addNull();
            if (bad.chance(50)) {
                list.add(generate(docs, schema.path("items"), new ArrayList<>(), null, null, 0));
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
        } else if (format.contains("time") || slot.name().toLowerCase(Locale.ROOT).endsWith("time")) {
            slot.set(NODES.stringNode(bad.time()));
        } else if (type.equals("boolean")) {
            slot.set(NODES.stringNode(bad.text()));
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
    private JsonNode generate(JsonNode docs, JsonNode rawSchema, List<Slot> slots, JsonNode parent, String field,
            int depth) {
        JsonNode schema = resolve(docs, rawSchema);
        JsonNode value;
        String type = schema.path("type").asString(schema.has("properties") ? "object" : "");
        if (schema.has("enum")) {
            value = NODES.stringNode(schema.get("enum").get(0).asString());
        } else if (type.equals("object") && depth < 4) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                object.set(property.getKey(), generate(docs, property.getValue(), slots, object, property.getKey(),
                        depth + 1));
            }
            value = object;
        } else if (type.equals("array") && depth < 4) {
            ArrayNode list = NODES.arrayNode();
            list.add(generate(docs, schema.path("items"), slots, list, null, depth + 1));
            value = list;
        } else if (schema.has("example") && !schema.get("example").isContainer()) {
            value = schema.get("example");
        } else {
            value = switch (type) {
                case "integer" -> NODES.numberNode(knownNumber(field));
                case "number" -> NODES.numberNode(1.5);
                case "boolean" -> NODES.booleanNode(false);
                case "string" -> NODES.stringNode(goodText(field, schema));
                default -> NODES.objectNode();
            };
        }
        if (parent != null) {
            int index = parent instanceof ArrayNode list ? list.size() : -1;
            slots.add(new Slot(parent, field, index, schema));
        }
        return value;
    }

    private String goodText(String field, JsonNode schema) {
        String format = schema.path("format").asString("");
        if (format.equals("date")) {
            return "2026-03-09";
        }
        if (format.equals("date-time")) {
            return "2026-03-09T03:00:00Z";
        }
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
        return "fuzz";
    }

    private long knownNumber(String field) {
        if (field == null) {
            return 1;
        }
        String value = known.get(field);
        return value != null && value.matches("\\d+") ? Long.parseLong(value) : field.equals("version") ? 0 : 1;
    }

    private String goodValueFor(String name, JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        if (schema.path("format").asString("").equals("date")) {
            return "2026-03-09";
        }
        String type = schema.path("type").asString("");
        if (type.equals("integer")) {
            return String.valueOf(knownNumber(name));
        }
        if (type.equals("boolean")) {
            return "true";
        }
        return known.getOrDefault(name, "fuzz");
    }

    private String badValueFor(JsonNode schema, BadInputs bad) {
        String type = schema.path("type").asString("");
        if (bad.chance(20)) {
            return bad.any();
        }
        if (type.equals("integer") || type.equals("number")) {
            return bad.number();
        }
        if (schema.path("format").asString("").equals("date")) {
            return bad.date();
        }
        return bad.text();
    }

    private String csvBody(BadInputs bad) {
        StringBuilder csv = new StringBuilder(bad.chance(70)
                ? "interval_start,queue,contacts,aht_seconds\n"
                : "employee_number,full_name,email,phone,position_code,manager_email,hired_on,languages,skills\n");
        int lines = 1 + bad.nextInt(4);
        for (int i = 0; i < lines; i++) {
            List<String> cells = new ArrayList<>(List.of(bad.date() + " 08:15", "Telepon", "12", "240", "x",
                    known.get("position"), "", "2026-03-09", "id", "billing:3"));
            for (int spoiled = 0; spoiled < 2; spoiled++) {
                cells.set(bad.nextInt(cells.size()), bad.chance(50) ? bad.any() : bad.text());
            }
            csv.append(String.join(",", cells.subList(0, bad.chance(50) ? 4 : cells.size()))).append('\n');
        }
        if (bad.chance(10)) {
            csv.append("\"unclosed,quote\n");
        }
        return csv.toString();
    }

    // ---------------------------------------------------------------- the pages

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 1_337, 20_260_309})
    void everyPageFormAnswersBadInputWithoutAServerError(long seed) throws Exception {
        BadInputs bad = new BadInputs(seed);
        knownRecords();
        Browser admin = Browser.signedIn(this, "admin");
        Browser manager = Browser.signedIn(this, "manager");
        Browser customer = Browser.anonymous(this, "/portal");
        long started = System.nanoTime();
        List<Map.Entry<RequestMappingInfo, HandlerMethod>> forms = handlers.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getKey().getMethodsCondition().getMethods().contains(RequestMethod.POST))
                .sorted(Comparator.comparing(e -> e.getKey().toString()))
                .toList();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> form : forms) {
            for (String pattern : form.getKey().getPatternValues()) {
                if (pattern.startsWith("/api/") || pattern.equals("/api")) {
                    continue;
                }
                Browser browser = pattern.startsWith("/portal") ? customer
                        : pattern.startsWith("/approvals") ? manager : admin;
                fuzzForm(browser, pattern, form.getValue(), bad);
            }
        }
        report("forms", seed, started);
    }

    /** A field of a form as the handler reads it. */
    private record Field(String name, Class<?> type, Class<?> element, boolean file) {

        boolean many() {
            return List.class.isAssignableFrom(type) || type.isArray();
        }

        Class<?> valueType() {
            return element != null ? element : type;
        }
    }

    private void fuzzForm(Browser browser, String pattern, HandlerMethod handler, BadInputs bad) throws Exception {
        List<Field> fields = new ArrayList<>();
        List<String> pathVariables = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            Class<?> type = parameter.getParameterType();
            if (FRAMEWORK_ARGUMENTS.stream().anyMatch(t -> t.isAssignableFrom(type))
                    || parameter.hasParameterAnnotation(RequestHeader.class)) {
                continue;
            }
            PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (pathVariable != null) {
                pathVariables.add(parameter.getParameterName());
            } else if (requestParam != null || BeanUtils.isSimpleProperty(type)) {
                String name = requestParam != null && !requestParam.name().isEmpty() ? requestParam.name()
                        : parameter.getParameterName();
                fields.add(new Field(name, type, element(parameter.getGenericParameterType()),
                        MultipartFile.class.isAssignableFrom(type)));
            } else {
                fields.addAll(formFields(type));
            }
        }
        if (fields.isEmpty()) {
            // nothing to fill in: only the address can be wrong
            for (int round = 0; round < 2; round++) {
                checkPage(browser, fill(pattern, pathVariables, bad, true), Map.of(), null);
            }
            return;
        }
        for (int round = 0; round < 10; round++) {
            String path = fill(pattern, pathVariables, bad, round == 9);
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (Field field : fields) {
                if (!field.file()) {
                    values.put(field.name(), new ArrayList<>(List.of(goodFormValue(field))));
                }
            }
            int mutations = round == 0 ? 0 : 1 + bad.nextInt(3);
            List<Field> plain = fields.stream().filter(f -> !f.file()).toList();
            for (int i = 0; i < mutations && !plain.isEmpty(); i++) {
                spoil(values, bad.pick(plain), bad);
            }
            if (round == 0) {
                values.clear();
            }
            String file = fields.stream().anyMatch(Field::file) ? csvBody(bad) : null;
            checkPage(browser, path, values, file);
        }
    }

    private void spoil(Map<String, List<String>> values, Field field, BadInputs bad) {
        Class<?> type = field.valueType();
        String value = switch (bad.nextInt(8)) {
            case 0 -> bad.text();
            case 1 -> bad.any();
            case 2 -> bad.chance(20) ? bad.huge() : "";
            default -> {
                if (Number.class.isAssignableFrom(org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(type))) {
                    yield bad.number();
                } else if (type == LocalDate.class) {
                    yield bad.date();
                } else if (type == LocalTime.class) {
                    yield bad.time();
                } else if (type == Instant.class || type == LocalDateTime.class) {
                    yield bad.instant();
                } else if (field.name().toLowerCase(Locale.ROOT).contains("date")) {
                    yield bad.date();
                } else {
                    yield bad.text();
                }
            }
        };
        int shape = bad.nextInt(10);
        if (shape == 0) {
            values.computeIfAbsent(field.name(), name -> new ArrayList<>()).add(value);
        } else if (shape == 1 && field.many()) {
            values.put(field.name() + "[" + (bad.chance(50) ? 300 : 99_999) + "]", List.of(value));
        } else if (shape == 2) {
            values.remove(field.name());
        } else {
            values.put(field.name(), new ArrayList<>(List.of(value)));
        }
    }

    private String goodFormValue(Field field) {
        Class<?> type = org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(field.valueType());
        String name = field.name();
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (Number.class.isAssignableFrom(type)) {
            return String.valueOf(knownNumber(name));
        }
        if (type == Boolean.class) {
            return "true";
        }
        if (type == LocalDate.class || name.toLowerCase(Locale.ROOT).contains("date")) {
            return "2026-03-09";
        }
        if (type == LocalTime.class) {
            return "09:00";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("email")) {
            return "fuzz@example.com";
        }
        return known.getOrDefault(name, "fuzz text");
    }

    private static List<Field> formFields(Class<?> form) {
        List<Field> fields = new ArrayList<>();
        if (form.isRecord()) {
            for (RecordComponent component : form.getRecordComponents()) {
                fields.add(new Field(component.getName(), component.getType(), element(component.getGenericType()),
                        false));
            }
            return fields;
        }
        try {
            BeanInfo info = Introspector.getBeanInfo(form, Object.class);
            for (PropertyDescriptor property : info.getPropertyDescriptors()) {
                if (property.getWriteMethod() != null) {
                    fields.add(new Field(property.getName(), property.getPropertyType(),
                            element(property.getWriteMethod().getGenericParameterTypes()[0]), false));
                }
            }
        } catch (IntrospectionException e) {
            throw new IllegalStateException(e);
        }
        return fields;
    }

    private static Class<?> element(Type type) {
        if (type instanceof ParameterizedType generic && generic.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private String fill(String pattern, List<String> pathVariables, BadInputs bad, boolean spoil) {
        String path = pattern;
        for (String name : pathVariables) {
            String value = spoil ? bad.any() : knownFor(pattern, name);
            path = path.replace("{" + name + "}", encode(value));
        }
        return path;
    }

    // ---------------------------------------------------------------- what exists to aim at

    /** Records the bad input is aimed at, so that it reaches past "not found". */
    private void knownRecords() throws Exception {
        if (known != null) {
            return;
        }
        known = new LinkedHashMap<>();
        JsonNode person = apiCall("GET", "/api/people?size=1", null, null).json().get("items").get(0);
        known.put("people", person.get("id").asString());
        known.put("employeeId", person.get("id").asString());
        known.put("managerId", person.get("id").asString());
        known.put("receiverId", person.get("id").asString());
        known.put("ownerId", person.get("id").asString());
        known.put("positionId", person.get("position").get("id").asString());
        known.put("position", person.get("position").get("code").asString());
        known.put("positions", person.get("position").get("id").asString());
        known.put("departmentId", person.get("department").get("id").asString());
        known.put("teamDepartmentId", person.get("department").get("id").asString());
        known.put("departments", person.get("department").get("id").asString());
        JsonNode topic = null;
        for (JsonNode each : apiCall("GET", "/api/topics", null, null).json()) {
            if (topic == null || each.get("code").asString().equals("warranty")) {
                topic = each;
            }
        }
        known.put("topic", topic.get("code").asString());
        known.put("topics", topic.get("code").asString());
        known.put("skillId", topic.get("skills").get(0).get("skillId").asString());
        known.put("queues", apiCall("GET", "/api/staffing/queues", null, null).json().get(0).get("id").asString());
        known.put("holidays", "2026-12-25");
        known.put("alerts", "1");
        known.put("authority", jdbc.sql("select min(id) from delegation").query(Long.class).optional()
                .map(String::valueOf).orElse("1"));
        Answer opened = apiCall("POST", "/api/cases", "application/json", """
                {"customer": {"name": "Fuzz Target", "email": "fuzz.target@example.com", "language": "id"},
                 "channel": "PHONE", "type": "COMPLAINT", "topic": "%s", "priority": "NORMAL",
                 "subject": "A case to aim bad input at", "message": "Bad input is sent to this case."}"""
                .formatted(known.get("topic")));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        known.put("cases", opened.json().get("id").asString());
        known.put("caseId", opened.json().get("id").asString());
        known.put("token", opened.json().get("privateLink").asString().replace("/portal/cases/", ""));
        Answer handoff = apiCall("POST", "/api/handoffs", "application/json", """
                {"caseId": %s, "topic": "%s", "note": "fuzz"}""".formatted(known.get("cases"), known.get("topic")));
        known.put("handoffs", handoff.status() == 201 ? handoff.json().get("id").asString() : "1");
        // a refund above the agent's limit waits for the manager, who is sent the approvals' bad input
        Answer agents = apiCall("agent", "POST", "/api/cases", "application/json", """
                {"customer": {"name": "Fuzz Refund", "email": "fuzz.refund@example.com", "language": "id"},
                 "channel": "WALK_IN", "type": "COMPLAINT", "topic": "%s", "priority": "NORMAL",
                 "subject": "A refund to decide", "message": "Bad input is sent to its approval."}"""
                .formatted(known.get("topic")));
        Answer proposed = apiCall("agent", "POST", "/api/cases/" + agents.json().get("id").asString() + "/resolutions",
                "application/json", "{\"type\": \"REFUND\", \"amount\": 3000000, \"version\": "
                        + agents.json().get("version").asInt() + "}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(202);
        known.put("approvals", proposed.json().get("action").get("id").asString());
    }

    /** The record a path variable names: by the collection before it, e.g. /cases/{id} a case's id. */
    private String knownFor(String template, String variable) {
        if (variable.equals("token") || variable.equals("date") || variable.equals("alertId")) {
            return variable.equals("token") ? known.get("token") : variable.equals("date") ? "2026-12-25" : "1";
        }
        String[] segments = template.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + variable + "}")) {
                return known.getOrDefault(segments[i - 1], "1");
            }
        }
        return "1";
    }

    // ---------------------------------------------------------------- sending and judging

    record Answer(int status, String contentType, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** Approvals are decided by the approver they wait for: the manager; everything else by an admin. */
    private static String callerOf(String target) {
        return target.startsWith("/api/approvals") ? "manager" : "admin";
    }

    private Answer apiCall(String method, String target, String contentType, String body) throws Exception {
        return apiCall(callerOf(target), method, target, contentType, body);
    }

    private Answer apiCall(String user, String method, String target, String contentType, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + target))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = api.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private void checkApi(String method, String target, String contentType, String body) throws Exception {
        Answer answer;
        try {
            answer = apiCall(method, target, contentType, body);
        } catch (java.io.IOException e) {
            fail(method, target, body, -1, e.toString());
            return;
        }
        sent++;
        if (answer.status() >= 500) {
            fail(method, target, body, answer.status(), answer.body());
        } else if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
            fail(method, target, body, answer.status(), "not problem+json (" + answer.contentType() + "): "
                    + answer.body());
        }
    }

    private void checkPage(Browser browser, String path, Map<String, List<String>> values, String file)
            throws Exception {
        if (path.startsWith("/portal")) {
            // the portal's per-address allowances would soon stop every request before it is read
            jdbc.sql("delete from portal_allowance").update();
        }
        HttpResponse<String> response;
        String shown = file == null ? formEncoded(values) : formEncoded(values) + " + file:\n" + file;
        try {
            response = browser.post(path, values, file);
        } catch (java.io.IOException | IllegalArgumentException e) {
            fail("POST", path, shown, -1, e.toString());
            return;
        }
        sent++;
        if (response.statusCode() >= 500) {
            fail("POST", path, shown, response.statusCode(), "an error page; the server's log has the exception");
        }
        if (response.statusCode() == 403 && response.body().contains("CSRF")) {
            fail("POST", path, shown, 403, "the session's CSRF token was refused: the forms were not reached");
        }
    }

    private void fail(String method, String target, String body, int status, String answer) {
        String request = body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "…(" + body.length()
                + " characters)" : body;
        String shownTarget = target.length() > 300 ? target.substring(0, 300) + "…" : target;
        failures.add(method + " " + shownTarget + "\n  sent: " + visible(request) + "\n  answer " + status + ": "
                + visible(answer.length() > 400 ? answer.substring(0, 400) : answer));
    }

    private void report(String what, long seed, long started) {
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Bad input, %s, seed %d: %d requests in %.1f s, %d failures%n", what, seed, sent,
                millis / 1000.0, failures.size());
        assertThat(failures).as(() -> failures.size() + " requests answered badly (seed " + seed + "):\n"
                + String.join("\n", failures.subList(0, Math.min(MAX_REPORTED, failures.size())))).isEmpty();
    }

    /** Control characters printed as escapes, so that the report shows what was sent. */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c < 0x20 && c != '\n' || c == 0x7f || c >= 0x80 && c < 0xa0) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static List<String> values(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static boolean isString(JsonNode schema) {
        return schema.path("type").asString("").equals("string") && !schema.has("enum");
    }

    private static JsonNode resolve(JsonNode docs, JsonNode schema) {
        JsonNode resolved = schema;
        for (int i = 0; i < 5 && resolved.has("$ref"); i++) {
            String name = resolved.get("$ref").asString().replace("#/components/schemas/", "");
            resolved = docs.path("components").path("schemas").path(name);
        }
        if (resolved.has("allOf")) {
            return resolve(docs, resolved.get("allOf").get(0));
        }
        if (resolved.has("oneOf")) {
            return resolve(docs, resolved.get("oneOf").get(0));
        }
        return resolved;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String formEncoded(Map<String, List<String>> values) {
        List<String> pairs = new ArrayList<>();
        values.forEach((name, list) -> list.forEach(v -> pairs.add(encode(name) + "=" + encode(v))));
        return String.join("&", pairs);
    }

    /** A browser's session on Kantor: its cookies and the CSRF token its pages carry. */
    static final class Browser {

        private final BadInputFuzz test;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private String csrf;

        private Browser(BadInputFuzz test) {
            this.test = test;
        }

        /** Signs in through the login form, as a person does. */
        static Browser signedIn(BadInputFuzz test, String user) throws Exception {
            Browser browser = new Browser(test);
            Matcher token = LOGIN_CSRF.matcher(browser.get("/login").body());
            assertThat(token.find()).isTrue();
            HttpResponse<String> signIn = browser.http.send(browser.request("/login")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo&_csrf="
                            + encode(token.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signIn.statusCode()).isEqualTo(302);
            assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
            browser.readToken("/");
            return browser;
        }

        static Browser anonymous(BadInputFuzz test, String page) throws Exception {
            Browser browser = new Browser(test);
            browser.readToken(page);
            return browser;
        }

        private void readToken(String page) throws Exception {
            Matcher token = CSRF.matcher(get(page).body());
            assertThat(token.find()).as("a CSRF token on " + page).isTrue();
            csrf = token.group(1);
        }

        private HttpResponse<String> get(String path) throws Exception {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + test.port + path))
                    .timeout(Duration.ofSeconds(60)).header("Accept", "text/html");
        }

        HttpResponse<String> post(String path, Map<String, List<String>> values, String file) throws Exception {
            HttpRequest.Builder request = request(path).header("X-CSRF-TOKEN", csrf);
            if (file == null) {
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(formEncoded(values)));
            } else {
                String boundary = "fuzz" + Long.toHexString(System.nanoTime());
                StringBuilder body = new StringBuilder();
                values.forEach((name, list) -> list.forEach(v -> body.append("--").append(boundary)
                        .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                        .append(v).append("\r\n")));
                body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"fuzz.csv\"\r\nContent-Type: text/csv\r\n\r\n").append(file).append("\r\n--")
                        .append(boundary).append("--\r\n");
                request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
