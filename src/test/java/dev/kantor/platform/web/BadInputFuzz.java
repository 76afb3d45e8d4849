package dev.kantor.platform.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.kantor.platform.web.BrowserSession.encode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input never makes Kantor fail: every operation of the published API (read from
 * {@code /v3/api-docs}) and every form of the pages (every POST handler outside {@code /api}) gets
 * seeded bad input — text with characters a database cannot store, numbers beyond every limit,
 * nulls, wrong types, far dates, null entries in lists, huge payloads, bodies that are not JSON —
 * and must answer below 500; every 4xx of the API must also be problem details. The API is called
 * as an admin (approvals as the manager they wait for); forms are sent the way a browser sends
 * them, in a session signed in through the login form (anonymous on the portal), with the
 * session's CSRF token.
 * <p>
 * It runs on PostgreSQL, which refuses more than H2 does (a NUL character in text, say), inside
 * another PostgreSQL test's application context: see {@code PeopleApiPostgresTest.BadInput}. Each
 * seed sends over a thousand requests; a failure prints the request that caused it, and its seed
 * repeats it.
 */
public abstract class BadInputFuzz {

    private static final int MAX_REPORTED = 40;

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient api = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final List<String> failures = new ArrayList<>();
    private int sent;
    private Targets targets;

    // ---------------------------------------------------------------- the API

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 1_337, 20_260_309})
    void everyApiOperationAnswersBadInputWithoutAServerError(long seed) throws Exception {
        BadInputs bad = new BadInputs(seed);
        JsonNode docs = apiCall("GET", "/v3/api-docs", null, null).json();
        JsonBodies bodies = new JsonBodies(docs, targets());
        long started = System.nanoTime();
        for (Map.Entry<String, JsonNode> path : docs.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase(Locale.ROOT);
                if (Set.of("POST", "PUT", "PATCH", "GET").contains(method)) {
                    fuzzOperation(bodies, method, path.getKey(), operation.getValue(), bad);
                }
            }
        }
        for (int round = 0; round < 6; round++) {
            // credentials that cannot be stored, or no credentials at all, are a 401 like any wrong ones
            Answer signIn = apiCall(bad.text(), "GET", "/api/ping", null, null);
            sent++;
            if (signIn.status() != 401 && signIn.status() != 400) {
                fail("GET", "/api/ping (signed in with a bad username)", null, signIn.status(), signIn.body());
            }
        }
        report("API", seed, started);
    }

    private void fuzzOperation(JsonBodies bodies, String method, String template, JsonNode operation, BadInputs bad)
            throws Exception {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        List<JsonNode> query = parameters.stream()
                .filter(p -> p.path("in").asString().equals("query"))
                .toList();
        JsonNode content = operation.path("requestBody").path("content");
        boolean hasBody = !content.isMissingNode() && !content.isEmpty();
        if (method.equals("GET") && query.isEmpty()) {
            return;
        }
        int rounds = hasBody ? 21 : query.isEmpty() ? 3 : 10;
        for (int round = 0; round < rounds; round++) {
            // without a body or parameters only the address can be bad: a good one would be a real action
            boolean spoilPath = round == 0 || !hasBody && query.isEmpty() || bad.chance(15);
            String path = path(bodies, template, parameters, bad, spoilPath);
            String parameterPart = query(bodies, query, bad, !query.isEmpty() && (!hasBody || bad.chance(30)));
            String target = parameterPart.isEmpty() ? path : path + "?" + parameterPart;
            if (!hasBody) {
                checkApi(method, target, null, null);
            } else if (content.has("application/json")) {
                checkApi(
                        method,
                        target,
                        "application/json",
                        bodies.body(content.get("application/json").path("schema"), bad, round));
            } else {
                checkApi(method, target, content.properties().iterator().next().getKey(), csv(bad));
            }
        }
    }

    private String path(JsonBodies bodies, String template, List<JsonNode> parameters, BadInputs bad, boolean spoil) {
        String path = template;
        for (JsonNode parameter : parameters) {
            if (parameter.path("in").asString().equals("path")) {
                String name = parameter.path("name").asString();
                List<String> choices = bodies.choices(parameter.path("schema"));
                String value = spoil
                        ? bad.any()
                        : choices.isEmpty() ? targets.forPathVariable(template, name) : bad.pick(choices);
                path = path.replace("{" + name + "}", encode(value));
            }
        }
        return path;
    }

    private String query(JsonBodies bodies, List<JsonNode> query, BadInputs bad, boolean spoil) {
        List<String> pairs = new ArrayList<>();
        JsonNode spoiled = spoil ? bad.pick(query) : null;
        for (JsonNode parameter : query) {
            String name = parameter.path("name").asString();
            if (parameter == spoiled) {
                pairs.add(encode(name) + "=" + encode(bodies.badParameter(parameter.path("schema"), bad)));
            } else if (parameter.path("required").asBoolean(false) || bad.chance(30)) {
                pairs.add(encode(name) + "=" + encode(bodies.goodParameter(name, parameter.path("schema"))));
            }
        }
        if (spoil && bad.chance(10)) {
            // longer than any address Tomcat reads
            pairs.add("q=" + encode(bad.huge().substring(0, 9_000)));
        }
        return String.join("&", pairs);
    }

    /** A CSV file of contact history or of employees, with bad cells, lines of the wrong length, an open quote. */
    private String csv(BadInputs bad) {
        StringBuilder csv = new StringBuilder(
                bad.chance(70)
                        ? "interval_start,queue,contacts,aht_seconds\n"
                        : "employee_number,full_name,email,phone,position_code,manager_email,hired_on,languages,skills\n");
        int lines = 1 + bad.nextInt(4);
        for (int i = 0; i < lines; i++) {
            List<String> cells = new ArrayList<>(List.of(
                    bad.date() + " 08:15",
                    "Telepon",
                    "12",
                    "240",
                    "x",
                    targets.get("position"),
                    "",
                    "2026-03-09",
                    "id",
                    "billing:3"));
            for (int spoiled = 0; spoiled < 2; spoiled++) {
                cells.set(bad.nextInt(cells.size()), bad.chance(50) ? bad.any() : bad.text());
            }
            csv.append(String.join(",", cells.subList(0, bad.chance(50) ? 4 : cells.size())))
                    .append('\n');
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
        targets();
        BrowserSession admin = BrowserSession.signedIn(port, "admin");
        BrowserSession manager = BrowserSession.signedIn(port, "manager");
        BrowserSession hr = BrowserSession.signedIn(port, "hr");
        BrowserSession customer = BrowserSession.anonymous(port, "/portal");
        long started = System.nanoTime();
        List<Map.Entry<RequestMappingInfo, HandlerMethod>> forms = handlers.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getKey().getMethodsCondition().getMethods().contains(RequestMethod.POST))
                .sorted(Comparator.comparing(e -> e.getKey().toString()))
                .toList();
        BrowserSession stranger = BrowserSession.anonymous(port, "/login");
        for (int round = 0; round < 6; round++) {
            // the sign-in form is no handler of Kantor's but Spring Security's: it is sent bad input all the same
            checkPage(
                    stranger, "/login", Map.of("username", List.of(bad.text()), "password", List.of(bad.any())), null);
        }
        for (Map.Entry<RequestMappingInfo, HandlerMethod> form : forms) {
            for (String pattern : form.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    BrowserSession browser = pattern.startsWith("/portal")
                            ? customer
                            : decidedByTheManager(pattern) ? manager : keptForHr(pattern) ? hr : admin;
                    fuzzForm(browser, pattern, FormFields.of(form.getValue()), bad);
                }
            }
        }
        report("forms", seed, started);
    }

    private void fuzzForm(BrowserSession browser, String pattern, FormFields form, BadInputs bad) throws Exception {
        if (form.isEmpty()) {
            // nothing to fill in: only the address can be wrong, and a right one would be a real action
            for (int round = 0; round < 2; round++) {
                checkPage(browser, fill(pattern, form, bad, true), Map.of(), null);
            }
            return;
        }
        for (int round = 0; round < 14; round++) {
            Map<String, List<String>> values = form.goodValues(targets);
            if (round == 0) {
                values.clear();
            }
            int spoiled = round == 0 ? 0 : 1 + bad.nextInt(3);
            for (int i = 0; i < spoiled; i++) {
                form.spoilOne(values, bad);
            }
            checkPage(browser, fill(pattern, form, bad, round == 13), values, form.takesFile() ? csv(bad) : null);
        }
    }

    private String fill(String pattern, FormFields form, BadInputs bad, boolean spoil) {
        String path = pattern;
        for (String name : form.pathVariables()) {
            String value = spoil ? bad.any() : targets.forPathVariable(pattern, name);
            path = path.replace("{" + name + "}", encode(value));
        }
        return path;
    }

    // ---------------------------------------------------------------- what exists to aim at

    private Targets targets() throws Exception {
        if (targets != null) {
            return targets;
        }
        targets = new Targets();
        JsonNode person = apiCall("GET", "/api/people?size=1", null, null)
                .json()
                .get("items")
                .get(0);
        for (String field : List.of("people", "employeeId", "managerId", "receiverId", "ownerId")) {
            targets.put(field, person.get("id").asString());
        }
        for (String field : List.of("positions", "positionId")) {
            targets.put(field, person.get("position").get("id").asString());
        }
        for (String field : List.of("departments", "departmentId", "teamDepartmentId")) {
            targets.put(field, person.get("department").get("id").asString());
        }
        targets.put("position", person.get("position").get("code").asString());
        JsonNode topic = null;
        for (JsonNode each :
                apiCall("GET", "/api/topics?size=200", null, null).json().get("items")) {
            if (topic == null || each.get("code").asString().equals("warranty")) {
                topic = each;
            }
        }
        targets.put("topic", topic.get("code").asString())
                .put("topics", topic.get("code").asString())
                .put("skillId", topic.get("skills").get(0).get("skillId").asString())
                // the forms' round may have deleted every queue (a delete form sent with a good id): then an id no
                // queue has, which the queue operations answer with 404
                .put(
                        "queues",
                        apiCall("GET", "/api/staffing/queues?size=200", null, null)
                                .json()
                                .path("items")
                                .path(0)
                                .path("id")
                                .asString("1"))
                .put("holidays", "2026-12-25")
                .put(
                        "authority",
                        jdbc.sql("select coalesce(min(id), 1) from delegation")
                                .query(Long.class)
                                .single());
        JsonNode opened = opened("admin", "PHONE", "A case to aim bad input at");
        targets.put("cases", opened.get("id").asString())
                .put("caseId", opened.get("id").asString())
                .put("token", opened.get("privateLink").asString().replace("/portal/cases/", ""));
        Answer handoff = apiCall(
                "POST",
                "/api/handoffs",
                "application/json",
                """
                {"caseId": %s, "topic": "%s", "note": "fuzz"}"""
                        .formatted(targets.get("cases"), targets.get("topic")));
        targets.put(
                "handoffs", handoff.status() == 201 ? handoff.json().get("id").asString() : "1");
        // a refund above the agent's limit waits for the manager, who is sent the approvals' bad input
        JsonNode agents = opened("agent", "WALK_IN", "A refund to decide");
        Answer proposed = apiCall(
                "agent",
                "POST",
                "/api/cases/" + agents.get("id").asString() + "/resolutions",
                "application/json",
                "{\"type\": \"REFUND\", \"amount\": 3000000, \"version\": "
                        + agents.get("version").asInt() + "}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(202);
        targets.put("approvals", proposed.json().get("action").get("id").asString());
        return targets;
    }

    private JsonNode opened(String user, String channel, String subject) throws Exception {
        Answer opened = apiCall(
                user,
                "POST",
                "/api/cases",
                "application/json",
                """
                {"customer": {"name": "Fuzz Target", "email": "fuzz.target@example.com", "language": "id"},
                 "channel": "%s", "type": "COMPLAINT", "topic": "%s", "priority": "NORMAL",
                 "subject": "%s", "message": "Bad input is sent to this case."}"""
                        .formatted(channel, targets.get("topic"), subject));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json();
    }

    // ---------------------------------------------------------------- sending and judging

    record Answer(int status, String contentType, String body) {

        JsonNode json() {
            return JsonMapper.builder().build().readTree(body);
        }
    }

    /** Approvals are decided by the approver they wait for: the manager; everything else by an admin. */
    private static String callerOf(String target) {
        return decidedByTheManager(target) ? "manager" : "admin";
    }

    /**
     * Deciding an approval is the manager's; sending a waiting one to someone else is an admin's, so
     * that form and its operation are sent as an admin and reach their fields.
     */
    private static boolean decidedByTheManager(String target) {
        boolean approvals = target.startsWith("/approvals") || target.startsWith("/api/approvals");
        return approvals && !target.endsWith("/send") && !target.endsWith("/approver");
    }

    /**
     * Role profiles and candidates of the self-assessment are HR's alone (admins are refused them, as
     * they are the results people share with HR), so their forms are sent as HR.
     */
    private static boolean keptForHr(String target) {
        return target.startsWith("/assessment/profiles") || target.startsWith("/assessment/candidates");
    }

    private Answer apiCall(String method, String target, String contentType, String body) throws Exception {
        return apiCall(callerOf(target), method, target, contentType, body);
    }

    private Answer apiCall(String user, String method, String target, String contentType, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + target))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Accept", "application/json, application/problem+json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = api.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (target.startsWith("/api/account") || response.statusCode() == 401 || response.statusCode() == 429) {
            // wrong current passwords and bad usernames are guesses: the fuzz's own must not lock out
            // the accounts and the address it calls everything else with
            jdbc.sql("delete from sign_in_allowance").update();
        }
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private void checkApi(String method, String target, String contentType, String body) throws Exception {
        Answer answer;
        try {
            answer = apiCall(method, target, contentType, body);
        } catch (IOException e) {
            fail(method, target, body, -1, e.toString());
            return;
        }
        sent++;
        if (answer.status() >= 500) {
            fail(method, target, body, answer.status(), answer.body());
        } else if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
            fail(
                    method,
                    target,
                    body,
                    answer.status(),
                    "not problem+json (" + answer.contentType() + "): " + answer.body());
        }
    }

    private void checkPage(BrowserSession browser, String path, Map<String, List<String>> values, String file)
            throws Exception {
        if (path.startsWith("/portal")) {
            // the portal's per-address allowances would soon stop every request before it is read
            jdbc.sql("delete from portal_allowance").update();
        }
        if (path.startsWith("/account") || path.startsWith("/login")) {
            // wrong current passwords are guesses: they must not lock out the sessions' own accounts
            jdbc.sql("delete from sign_in_allowance").update();
        }
        String shown = BrowserSession.formEncoded(values) + (file == null ? "" : " + file:\n" + file);
        HttpResponse<String> response;
        try {
            response = browser.post(path, values, file);
        } catch (IOException | IllegalArgumentException e) {
            fail("POST", path, shown, -1, e.toString());
            return;
        }
        sent++;
        if (response.statusCode() >= 500) {
            fail("POST", path, shown, response.statusCode(), "an error page; the server's log has the exception");
        } else if (response.statusCode() == 403
                && response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            // the security filters refused the post (its CSRF token, say) before any form saw it; a form
            // that refuses what it was asked (another person's request) shows its page again with a 403
            fail("POST", path, shown, 403, "the session's CSRF token was refused: the forms were not reached");
        }
    }

    private void fail(String method, String target, String body, int status, String answer) {
        String request = body == null
                ? ""
                : body.length() > 600 ? body.substring(0, 600) + "…(" + body.length() + " characters)" : body;
        String shownTarget = target.length() > 300 ? target.substring(0, 300) + "…" : target;
        failures.add(method + " " + shownTarget + "\n  sent: " + visible(request) + "\n  answer " + status + ": "
                + visible(answer.length() > 400 ? answer.substring(0, 400) : answer));
    }

    private void report(String what, long seed, long started) {
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                "Bad input, %s, seed %d: %d requests in %.1f s, %d failures%n",
                what, seed, sent, millis / 1000.0, failures.size());
        assertThat(failures)
                .as(() -> failures.size() + " requests answered badly (seed " + seed + "):\n"
                        + String.join("\n", failures.subList(0, Math.min(MAX_REPORTED, failures.size()))))
                .isEmpty();
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
}
