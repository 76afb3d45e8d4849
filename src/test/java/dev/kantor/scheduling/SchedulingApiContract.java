package dev.kantor.scheduling;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

import dev.kantor.bench.SchedulingInstances;
import dev.kantor.scheduling.jobs.JobsTestAccess;
import dev.kantor.scheduling.problem.ProblemJson;
import dev.kantor.support.ApiCalls;
import dev.kantor.support.ApiCalls.Answer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduling API end to end over HTTP: problems solved as jobs in the background (progress,
 * stopping from any node, a lost node, old jobs), bad problems named field by field, shift types
 * and contracts, and who may do what. Runs on H2 and on PostgreSQL through its subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SchedulingApiContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    Answer call(String user, String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        return ApiCalls.call(port, user, method, path, body, headers);
    }

    /** The README's example with one change made to its JSON. */
    static String example(Consumer<ObjectNode> change) {
        ObjectNode problem = (ObjectNode) JSON.readTree(SchedulingFixtures.exampleJson());
        change.accept(problem);
        return JSON.writeValueAsString(problem);
    }

    /** A week of 200 agents: the solver reports schedules within seconds and searches far longer. */
    static String longSolve() {
        return ProblemJson.write(SchedulingInstances.generate(7, 200, 9, 1.3, 300));
    }

    /** Asks for the job every quarter second until it is as wanted; fails after {@code seconds}. */
    JsonNode awaitJob(String location, Predicate<JsonNode> wanted, int seconds) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        JsonNode job = null;
        while (System.nanoTime() < deadline) {
            Answer answer = call("manager", "GET", location, null);
            assertThat(answer.status()).isEqualTo(200);
            job = answer.body();
            if (wanted.test(job)) {
                return job;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the job did not get there in " + seconds + " s: " + job);
    }

    static boolean finished(JsonNode job) {
        return List.of("SOLVED", "STOPPED", "FAILED").contains(job.get("status").asString());
    }

    /** Being solved, with a schedule found (the very first answer is the empty one, every interval short). */
    static boolean solvingWithAnAnswer(JsonNode job) {
        return job.get("status").asString().equals("SOLVING")
                && job.has("answer")
                && job.get("paidMinutes").asLong() > 0;
    }

    // ---------------------------------------------------------------- solving jobs

    @Test
    void theReadmeExampleIsAcceptedAsItIsAndSolvedWithNoShortfallAndACleanVerdict() throws Exception {
        Answer accepted = call("manager", "POST", "/api/scheduling/problems", SchedulingFixtures.exampleJson());

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.location()).matches("/api/scheduling/jobs/[0-9a-f-]{36}");
        assertThat(accepted.body().get("status").asString()).isIn("QUEUED", "SOLVING");
        JsonNode job = awaitJob(accepted.location(), SchedulingApiContract::finished, 120);

        assertThat(job.get("status").asString()).isEqualTo("SOLVED");
        JsonNode answer = job.get("answer");
        assertThat(answer.get("status").asString()).isEqualTo("SOLVED");
        assertThat(answer.get("shortfalls")).isEmpty();
        assertThat(job.get("shortfallCount").asInt()).isZero();
        assertThat(answer.get("paidMinutes").asLong())
                .isEqualTo(job.get("paidMinutes").asLong())
                .isGreaterThanOrEqualTo(answer.get("lowerBoundPaidMinutes").asLong())
                .isPositive();
        assertThat(answer.get("shifts").findValuesAsString("agent"))
                .isNotEmpty()
                .doesNotContain("agus");
        assertThat(answer.get("coverage").get(0).get("onDuty")).hasSize(32);
        assertThat(job.get("verdict").get("valid").asBoolean()).isTrue();
        assertThat(job.get("verdict").get("violations")).isEmpty();
        assertThat(job.get("finishedAt").asString()).isNotBlank();
    }

    @Test
    void progressIsVisibleWhileSolvingAndStoppingKeepsTheBestAnswerSoFar() throws Exception {
        Answer accepted = call("manager", "POST", "/api/scheduling/problems", longSolve());
        assertThat(accepted.status()).isEqualTo(202);
        try {
            stopsWithTheBestAnswerSoFar(accepted);
        } finally {
            call("manager", "DELETE", accepted.location(), null);
        }
    }

    private void stopsWithTheBestAnswerSoFar(Answer accepted) throws Exception {
        JsonNode solving = awaitJob(accepted.location(), SchedulingApiContract::solvingWithAnAnswer, 120);
        assertThat(solving.get("paidMinutes").asLong()).isPositive();
        assertThat(solving.get("lowerBoundPaidMinutes").asLong()).isPositive();
        assertThat(solving.has("shortfallCount")).isTrue();
        assertThat(solving.get("answer").get("status").asString()).isEqualTo("SOLVING");
        assertThat(solving.get("verdict").get("valid").asBoolean()).isTrue();

        Answer stopping = call("manager", "DELETE", accepted.location(), null);
        assertThat(stopping.status())
                .as("still being solved when asked to stop")
                .isEqualTo(202);
        assertThat(stopping.body().get("stopRequested").asBoolean()).isTrue();
        JsonNode stopped = awaitJob(accepted.location(), SchedulingApiContract::finished, 30);

        assertThat(stopped.get("status").asString()).isEqualTo("STOPPED");
        assertThat(stopped.get("answer").get("status").asString()).isEqualTo("STOPPED");
        assertThat(stopped.get("answer").get("shifts")).isNotEmpty();
        assertThat(stopped.get("verdict").get("valid").asBoolean()).isTrue();
        Answer again = call("manager", "DELETE", accepted.location(), null);
        assertThat(again.status()).as("stopping a stopped job changes nothing").isEqualTo(200);
        assertThat(again.body().get("status").asString()).isEqualTo("STOPPED");
        assertThat(again.body().get("finishedAt").asString())
                .isEqualTo(stopped.get("finishedAt").asString());
    }

    @Test
    void aStopAskedOfAnotherNodeReachesTheNodeSolving() throws Exception {
        Answer accepted = call("manager", "POST", "/api/scheduling/problems", longSolve());
        try {
            awaitJob(accepted.location(), SchedulingApiContract::solvingWithAnAnswer, 120);
            UUID id = UUID.fromString(
                    accepted.location().substring(accepted.location().lastIndexOf('/') + 1));

            // what a DELETE on another node writes: the flag alone, for the solving node to find
            jdbc.sql("update scheduling_job set stop_requested = true where id = ?")
                    .param(id)
                    .update();

            JsonNode stopped = awaitJob(accepted.location(), SchedulingApiContract::finished, 30);
            assertThat(stopped.get("status").asString()).isEqualTo("STOPPED");
            assertThat(stopped.get("verdict").get("valid").asBoolean()).isTrue();
        } finally {
            call("manager", "DELETE", accepted.location(), null);
        }
    }

    @Test
    void aJobWhoseNodeWentSilentIsMarkedFailedOnceAndAnotherNodesLiveJobIsNot() throws Exception {
        UUID lost = storedJob("SOLVING", "manager", Duration.ofMinutes(10));
        UUID alive = storedJob("SOLVING", "manager", Duration.ofSeconds(5));
        try {
            // (the minute's own housekeeping may have come first: then this finds it done)
            assertThat(JobsTestAccess.failLost(context)).isLessThanOrEqualTo(1);
            assertThat(JobsTestAccess.failLost(context))
                    .as("a second node finds nothing left to do")
                    .isZero();

            JsonNode failed =
                    call("manager", "GET", "/api/scheduling/jobs/" + lost, null).body();
            assertThat(failed.get("status").asString()).isEqualTo("FAILED");
            assertThat(failed.get("failure").asString()).isEqualTo("node-lost");
            assertThat(call("manager", "GET", "/api/scheduling/jobs/" + alive, null)
                            .body()
                            .get("status")
                            .asString())
                    .isEqualTo("SOLVING");
        } finally {
            jdbc.sql("delete from scheduling_job where id in (?, ?)")
                    .params(lost, alive)
                    .update();
        }
    }

    @Test
    void finishedJobsAreDeletedAfterADay() throws Exception {
        UUID old = storedJob("SOLVED", "manager", Duration.ofHours(25));
        UUID recent = storedJob("STOPPED", "manager", Duration.ofHours(1));
        UUID unfinished = storedJob("SOLVING", "someone-else", Duration.ofDays(3));
        try {
            assertThat(JobsTestAccess.deleteOld(context)).isLessThanOrEqualTo(1);

            assertThat(call("manager", "GET", "/api/scheduling/jobs/" + old, null)
                            .status())
                    .isEqualTo(404);
            assertThat(call("manager", "GET", "/api/scheduling/jobs/" + recent, null)
                            .status())
                    .isEqualTo(200);
            assertThat(jdbc.sql("select count(*) from scheduling_job where id = ?")
                            .param(unfinished)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        } finally {
            jdbc.sql("delete from scheduling_job where id in (?, ?, ?)")
                    .params(old, recent, unfinished)
                    .update();
        }
    }

    @Test
    void aJobIsSeenOnlyByWhoeverSubmittedItAndAdminsAndAnUnknownOneIs404() throws Exception {
        UUID theirs = storedJob("SOLVED", "someone-else", Duration.ofMinutes(1));
        try {
            Answer hidden = call("manager", "GET", "/api/scheduling/jobs/" + theirs, null);
            assertThat(hidden.status()).isEqualTo(404);
            assertThat(hidden.contentType()).startsWith("application/problem+json");
            assertThat(call("manager", "DELETE", "/api/scheduling/jobs/" + theirs, null)
                            .status())
                    .isEqualTo(404);
            assertThat(call("admin", "GET", "/api/scheduling/jobs/" + theirs, null)
                            .status())
                    .isEqualTo(200);

            assertThat(call("admin", "GET", "/api/scheduling/jobs/" + UUID.randomUUID(), null)
                            .status())
                    .isEqualTo(404);
            assertThat(call("admin", "DELETE", "/api/scheduling/jobs/" + UUID.randomUUID(), null)
                            .status())
                    .isEqualTo(404);
            Answer notAnId = call("admin", "GET", "/api/scheduling/jobs/not-a-job", null);
            assertThat(notAnId.status()).isEqualTo(400);
            assertThat(notAnId.body().get("errors").findValuesAsString("field")).containsExactly("id");
        } finally {
            jdbc.sql("delete from scheduling_job where id = ?").param(theirs).update();
        }
    }

    @Test
    void agentsStaffAndHrAreRefusedBeforeTheirProblemIsRead() throws Exception {
        for (String user : List.of("agent", "accountant", "hr")) {
            Answer good = call(user, "POST", "/api/scheduling/problems", SchedulingFixtures.exampleJson());
            assertThat(good.status()).as(user).isEqualTo(403);
            assertThat(good.contentType()).startsWith("application/problem+json");
            assertThat(call(user, "POST", "/api/scheduling/problems", "{not json")
                            .status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(call(user, "GET", "/api/scheduling/jobs/" + UUID.randomUUID(), null)
                            .status())
                    .isEqualTo(403);
            assertThat(call(user, "DELETE", "/api/scheduling/jobs/" + UUID.randomUUID(), null)
                            .status())
                    .isEqualTo(403);
        }
        assertThat(call(null, "POST", "/api/scheduling/problems", SchedulingFixtures.exampleJson())
                        .status())
                .isEqualTo(401);
    }

    /** A bad problem, the field the answer must name, and words of its English and Indonesian message. */
    record Bad(String problem, String field, String english, String indonesian) {}

    @Test
    void eachKindOfBadProblemIs400NamingTheFieldInTheCallersLanguage() throws Exception {
        long jobsBefore = jobsOf("manager");
        List<Bad> cases = new ArrayList<>();
        cases.add(new Bad(
                example(p ->
                        shiftType(p, 0).withArray("breaks").get(1).asObject().put("latestStartOffsetMinutes", 465)),
                "shiftTypes[0].breaks[1].latestStartOffsetMinutes",
                "end after the shift",
                "berakhir setelah sif"));
        cases.add(new Bad(
                example(p -> shiftType(p, 1).put("spanMinutes", 600)),
                "shiftTypes[1].spanMinutes",
                "longer than the longest opening hours",
                "lebih panjang daripada jam buka"));
        cases.add(new Bad(
                example(p -> day(p).withArray("required").remove(0)),
                "days[0].required",
                "one number for each interval",
                "satu angka untuk setiap interval"));
        cases.add(new Bad(
                example(p -> p.withArray("agents").get(2).asObject().put("contract", "NIGHT")),
                "agents[2].contract",
                "No contract",
                "Tidak ada kontrak"));
        cases.add(new Bad(
                example(p -> p.withArray("contracts").get(0).asObject().put("maxShiftsPerWeek", -1)),
                "contracts[0].maxShiftsPerWeek",
                "beyond what is accepted",
                "di luar batas"));
        cases.add(new Bad(
                example(p -> day(p).withArray("required").set(3, -2)),
                "days[0].required[3]",
                "beyond what is accepted",
                "di luar batas"));
        cases.add(new Bad(
                example(p -> p.put("timeLimitSeconds", 86_400)),
                "timeLimitSeconds",
                "beyond what is accepted",
                "di luar batas"));
        cases.add(new Bad(
                example(p -> p.put("intervalMinutes", 7)), "intervalMinutes", "divide a day", "membagi satu hari"));
        cases.add(new Bad(
                example(p -> shiftType(p, 0).put("paidMinutes", 1e30)),
                "shiftTypes[0].paidMinutes",
                "beyond what is accepted",
                "di luar batas"));
        cases.add(new Bad(
                example(p -> {
                    ArrayNode days = p.withArray("days");
                    for (int d = 1; d < 32; d++) {
                        days.add(day(p).deepCopy()
                                .put(
                                        "date",
                                        SchedulingFixtures.MONDAY.plusDays(d).toString()));
                    }
                }),
                "days",
                "At most 31 days",
                "Paling banyak 31 hari"));
        cases.add(new Bad(
                example(p -> {
                    ArrayNode agents = p.withArray("agents");
                    for (int a = 0; a < 2_001; a++) {
                        agents.addObject().put("id", "extra" + a).put("contract", "FT");
                    }
                }),
                "agents",
                "At most 2,000 agents",
                "Paling banyak 2.000 agen"));
        // wrong types: named by field, not refused whole
        cases.add(new Bad(
                example(p -> p.put("intervalMinutes", "fifteen")),
                "intervalMinutes",
                "Must be a number",
                "Harus berupa angka"));
        cases.add(new Bad(example(p -> p.putObject("days")), "days", "Must be a list", "Harus berupa daftar"));
        cases.add(new Bad(example(p -> day(p).put("date", "2 March")), "days[0].date", "Not a date", "Bukan tanggal"));
        cases.add(new Bad(example(p -> day(p).put("open", "8am")), "days[0].open", "Not a time", "Bukan jam"));
        cases.add(new Bad(
                example(p -> p.withArray("agents").get(0).asObject().put("id", "de\u0000wi")),
                "agents[0].id",
                "cannot be stored",
                "tidak dapat disimpan"));
        cases.add(new Bad("{\"intervalMinutes\": 15, \"days\": [", "", "not valid JSON", "bukan JSON yang sah"));
        cases.add(new Bad("[1, 2, 3]", "", "object with fields", "objek dengan kolom"));
        cases.add(new Bad(
                "{\"padding\": \"" + "x".repeat(20_000_001) + "\"}",
                "",
                "larger than 20 MB",
                "lebih besar dari 20 MB"));

        for (Bad bad : cases) {
            Answer english = call("manager", "POST", "/api/scheduling/problems", bad.problem());
            Answer indonesian =
                    call("manager", "POST", "/api/scheduling/problems", bad.problem(), "Accept-Language", "id");
            for (Answer answer : List.of(english, indonesian)) {
                assertThat(answer.status()).as(bad.field()).isEqualTo(400);
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.body().get("type").asString()).isEqualTo("urn:kantor:problem:invalid-input");
                assertThat(answer.body().get("errors").findValuesAsString("field"))
                        .as(bad.field())
                        .contains(bad.field());
            }
            assertThat(message(english, bad.field())).as(bad.field()).contains(bad.english());
            assertThat(message(indonesian, bad.field())).as(bad.field()).contains(bad.indonesian());
        }
        assertThat(jobsOf("manager")).as("no bad problem became a job").isEqualTo(jobsBefore);
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedByItsType() throws Exception {
        Answer answer = call(
                "manager",
                "POST",
                "/api/scheduling/problems",
                SchedulingFixtures.exampleJson(),
                "Content-Type",
                "text/plain");

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    private long jobsOf(String user) {
        return jdbc.sql("select count(*) from scheduling_job where submitted_by = ?")
                .param(user)
                .query(Long.class)
                .single();
    }

    @Test
    void theApiDescriptionShowsTheProblemWithTheReadmesExampleAndTheJobWithItsAnswer() throws Exception {
        JsonNode docs = call("admin", "GET", "/v3/api-docs", null).body();

        JsonNode submit = docs.get("paths").get("/api/scheduling/problems").get("post");
        JsonNode body = submit.get("requestBody").get("content").get("application/json");
        assertThat(body.get("schema").get("$ref").asString()).endsWith("/SchedulingProblem");
        JsonNode example = body.get("examples").get("example").get("value");
        assertThat(JSON.readTree(SchedulingFixtures.exampleJson())).isEqualTo(example);
        assertThat(submit.get("responses").get("202")).isNotNull();
        assertThat(docs.get("paths").get("/api/scheduling/jobs/{id}").properties())
                .extracting(e -> e.getKey())
                .contains("get", "delete");
        JsonNode schemas = docs.get("components").get("schemas");
        assertThat(schemas.get("SchedulingProblem").get("properties").properties())
                .extracting(e -> e.getKey())
                .contains("intervalMinutes", "days", "shiftTypes", "contracts", "agents", "timeLimitSeconds");
        assertThat(schemas.get("SchedulingJob").get("properties").get("answer").toString())
                .contains("SchedulingAnswer");
        assertThat(schemas.get("SchedulingAnswer").get("properties").properties())
                .extracting(e -> e.getKey())
                .contains("status", "paidMinutes", "lowerBoundPaidMinutes", "shortfalls", "shifts", "coverage");
    }

    private static ObjectNode shiftType(ObjectNode problem, int index) {
        return problem.withArray("shiftTypes").get(index).asObject();
    }

    private static ObjectNode day(ObjectNode problem) {
        return problem.withArray("days").get(0).asObject();
    }

    private static String message(Answer answer, String field) {
        for (JsonNode error : answer.body().get("errors")) {
            if (error.get("field").asString().equals(field)) {
                return error.get("message").asString();
            }
        }
        throw new AssertionError("no error for " + field + " in " + answer.body());
    }

    /** A job row as a node would have left it, last changed {@code ago}. */
    private UUID storedJob(String status, String submittedBy, Duration ago) {
        UUID id = UUID.randomUUID();
        Timestamp at = Timestamp.from(Instant.now().minus(ago));
        jdbc.sql(
                        """
                insert into scheduling_job (id, status, submitted_by, problem, node, stop_requested, submitted_at,
                    started_at, updated_at)
                values (?, ?, ?, ?, ?, false, ?, ?, ?)""")
                .params(
                        id,
                        status,
                        submittedBy,
                        SchedulingFixtures.exampleJson(),
                        status.equals("SOLVING") ? "a node elsewhere" : null,
                        at,
                        at,
                        at)
                .update();
        return id;
    }

    // ---------------------------------------------------------------- shift types and contracts

    static String shiftType(String name) {
        return """
                {"name": "%s", "spanMinutes": 540, "paidMinutes": 480, "startGranularityMinutes": 30,
                 "breaks": [{"name": "morning break", "durationMinutes": 15, "earliestStartOffsetMinutes": 90,
                             "latestStartOffsetMinutes": 150},
                            {"name": "lunch", "durationMinutes": 60, "earliestStartOffsetMinutes": 210,
                             "latestStartOffsetMinutes": 270},
                            {"name": "afternoon break", "durationMinutes": 15, "earliestStartOffsetMinutes": 360,
                             "latestStartOffsetMinutes": 420}],
                 "minWorkBetweenBreaksMinutes": 60, "maxContinuousWorkMinutes": 180}"""
                .formatted(name);
    }

    static String contract(String name, long... shiftTypeIds) {
        StringBuilder ids = new StringBuilder();
        for (long id : shiftTypeIds) {
            ids.append(ids.isEmpty() ? "" : ", ").append(id);
        }
        return """
                {"name": "%s", "allowedShiftTypeIds": [%s], "maxShiftsPerDay": 1, "maxShiftsPerWeek": 5,
                 "maxPaidMinutesPerWeek": 2400, "minRestBetweenShiftsMinutes": 660}"""
                .formatted(name, ids);
    }

    @Test
    void aManagerDefinesAShiftTypeThatEveryoneReads() throws Exception {
        Answer created = call("manager", "POST", "/api/scheduling/shift-types", shiftType("Counter day"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).matches("/api/scheduling/shift-types/\\d+");
        Answer read = call("accountant", "GET", created.location(), null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("paidMinutes").asInt()).isEqualTo(480);
        assertThat(read.body().get("breaks").findValuesAsString("name"))
                .containsExactly("morning break", "lunch", "afternoon break");
        assertThat(call("agent", "GET", "/api/scheduling/shift-types?size=200", null)
                        .items()
                        .findValuesAsString("name"))
                .contains("Counter day");
    }

    @Test
    void aChangeMadeOnAStaleVersionIs409AndChangesNothing() throws Exception {
        Answer created = call("admin", "POST", "/api/scheduling/shift-types", shiftType("Stale day"));
        String changed = shiftType("Stale day")
                .replace("\"paidMinutes\": 480", "\"paidMinutes\": 450")
                .replaceFirst("\\}$", ", \"version\": 0}");

        assertThat(call("manager", "PUT", created.location(), changed).status()).isEqualTo(200);
        Answer stale = call(
                "manager", "PUT", created.location(), changed.replace("\"paidMinutes\": 450", "\"paidMinutes\": 420"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("type").asString()).isEqualTo("urn:kantor:problem:concurrent-change");
        assertThat(call("manager", "GET", created.location(), null)
                        .body()
                        .get("paidMinutes")
                        .asInt())
                .isEqualTo(450);

        long typeId = created.body().get("id").asLong();
        Answer contract = call("hr", "POST", "/api/scheduling/contracts", contract("Stale contract", typeId));
        String renamed = contract("Stale contract 2", typeId).replaceFirst("\\}$", ", \"version\": 0}");
        assertThat(call("hr", "PUT", contract.location(), renamed).status()).isEqualTo(200);
        assertThat(call("manager", "PUT", contract.location(), renamed.replace("Stale contract 2", "Stale contract 3"))
                        .status())
                .isEqualTo(409);
        assertThat(call("manager", "DELETE", contract.location() + "?version=0", null)
                        .status())
                .isEqualTo(409);
        assertThat(call("manager", "DELETE", contract.location() + "?version=1", null)
                        .status())
                .isEqualTo(204);
    }

    @Test
    void aShiftTypeAContractAllowsCannotBeDeleted() throws Exception {
        Answer type = call("manager", "POST", "/api/scheduling/shift-types", shiftType("Busy day"));
        long typeId = type.body().get("id").asLong();
        Answer contract = call("hr", "POST", "/api/scheduling/contracts", contract("Busy contract", typeId));
        assertThat(contract.status()).isEqualTo(201);
        assertThat(contract.body().get("allowedShiftTypes").findValuesAsString("name"))
                .containsExactly("Busy day");

        Answer refused = call("manager", "DELETE", type.location() + "?version=0", null, "Accept-Language", "id");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("type").asString()).isEqualTo("urn:kantor:problem:conflict");
        assertThat(refused.body().get("title").asString()).contains("Busy contract");
        assertThat(call("agent", "GET", type.location(), null).status()).isEqualTo(200);

        assertThat(call("hr", "DELETE", contract.location() + "?version=0", null)
                        .status())
                .isEqualTo(204);
        assertThat(call("manager", "DELETE", type.location() + "?version=0", null)
                        .status())
                .isEqualTo(204);
        assertThat(call("manager", "GET", type.location(), null).status()).isEqualTo(404);
    }

    @Test
    void aBadShiftTypeOrContractIs400NamingTheField() throws Exception {
        Answer outside = call(
                "manager",
                "POST",
                "/api/scheduling/shift-types",
                shiftType("Outside day")
                        .replace("\"latestStartOffsetMinutes\": 420", "\"latestStartOffsetMinutes\": 540"),
                "Accept-Language",
                "id");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body().get("errors").findValuesAsString("field"))
                .containsExactly("breaks[2].latestStartOffsetMinutes");
        assertThat(message(outside, "breaks[2].latestStartOffsetMinutes")).contains("berakhir setelah sif");

        Answer wrongType = call(
                "manager",
                "POST",
                "/api/scheduling/shift-types",
                shiftType("Typed day").replace("\"spanMinutes\": 540", "\"spanMinutes\": \"long\""));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body().get("errors").findValuesAsString("field")).containsExactly("spanMinutes");

        Answer unknown = call("hr", "POST", "/api/scheduling/contracts", contract("Nothing allowed", 999_999));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("errors").findValuesAsString("field")).containsExactly("allowedShiftTypeIds[0]");
        assertThat(call("manager", "GET", "/api/scheduling/shift-types?size=200", null)
                        .items()
                        .findValuesAsString("name"))
                .doesNotContain("Outside day", "Typed day");
    }

    @Test
    void onlyManagersAndAdminsDefineShiftTypesAndHrContractsToo() throws Exception {
        for (String user : List.of("agent", "accountant", "hr")) {
            assertThat(call(user, "POST", "/api/scheduling/shift-types", shiftType("Refused " + user))
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
        long typeId = call("manager", "GET", "/api/scheduling/shift-types?size=200", null)
                .items()
                .get(0)
                .get("id")
                .asLong();
        for (String user : List.of("agent", "accountant")) {
            assertThat(call(user, "POST", "/api/scheduling/contracts", contract("Refused " + user, typeId))
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
        Answer byHr = call("hr", "POST", "/api/scheduling/contracts", contract("Set by HR", typeId));
        assertThat(byHr.status()).isEqualTo(201);
        String change = contract("Taken over", typeId).replaceFirst("\\}$", ", \"version\": 0}");
        assertThat(call("agent", "PUT", byHr.location(), change).status()).isEqualTo(403);
        assertThat(call("accountant", "DELETE", byHr.location() + "?version=0", null)
                        .status())
                .isEqualTo(403);
        assertThat(call("agent", "GET", byHr.location(), null)
                        .body()
                        .get("name")
                        .asString())
                .isEqualTo("Set by HR");
    }

    @Test
    void theDemoCompanysShiftTypesAndContractsAreSensibleAndTheSolverTakesThem() throws Exception {
        JsonNode types = call("agent", "GET", "/api/scheduling/shift-types?size=200", null)
                .items();
        JsonNode fullDay = null;
        for (JsonNode type : types) {
            if (type.get("name").asString().equals("Full day 8 h")) {
                fullDay = type;
            }
        }
        assertThat(fullDay).isNotNull();
        assertThat(fullDay.get("paidMinutes").asInt()).isEqualTo(480);
        List<Integer> durations = new ArrayList<>();
        fullDay.get("breaks")
                .forEach(b -> durations.add(b.get("durationMinutes").asInt()));
        assertThat(durations).containsExactly(15, 60, 15);
        assertThat(types.findValuesAsString("name")).contains("Part-time 4 h", "Part-time 6 h");
        JsonNode contracts =
                call("agent", "GET", "/api/scheduling/contracts?size=200", null).items();
        assertThat(contracts.findValuesAsString("name")).contains("Full-time 40 h", "Part-time");

        // the stored ones, as a problem names them, on a day the counter is open 08:00–17:00
        ObjectNode problem = JSON.createObjectNode().put("intervalMinutes", 15).put("timeLimitSeconds", 5);
        ObjectNode day = problem.putArray("days")
                .addObject()
                .put("date", "2026-03-02")
                .put("open", "08:00")
                .put("close", "17:00");
        ArrayNode required = day.putArray("required");
        for (int i = 0; i < 36; i++) {
            required.add(2);
        }
        ArrayNode problemTypes = problem.putArray("shiftTypes");
        for (JsonNode type : types) {
            ObjectNode t = problemTypes.addObject().put("id", type.get("name").asString());
            for (String field : List.of(
                    "spanMinutes",
                    "paidMinutes",
                    "startGranularityMinutes",
                    "minWorkBetweenBreaksMinutes",
                    "maxContinuousWorkMinutes")) {
                t.set(field, type.get(field));
            }
            ArrayNode breaks = t.putArray("breaks");
            for (JsonNode b : type.get("breaks")) {
                breaks.addObject().put("id", b.get("name").asString()).set("durationMinutes", b.get("durationMinutes"));
                ((ObjectNode) breaks.get(breaks.size() - 1))
                        .set("earliestStartOffsetMinutes", b.get("earliestStartOffsetMinutes"));
                ((ObjectNode) breaks.get(breaks.size() - 1))
                        .set("latestStartOffsetMinutes", b.get("latestStartOffsetMinutes"));
            }
        }
        ArrayNode problemContracts = problem.putArray("contracts");
        for (JsonNode contract : contracts) {
            ObjectNode c =
                    problemContracts.addObject().put("id", contract.get("name").asString());
            ArrayNode allowed = c.putArray("allowedShiftTypes");
            contract.get("allowedShiftTypes")
                    .forEach(a -> allowed.add(a.get("name").asString()));
            for (String field : List.of(
                    "maxShiftsPerDay", "maxShiftsPerWeek", "maxPaidMinutesPerWeek", "minRestBetweenShiftsMinutes")) {
                c.set(field, contract.get(field));
            }
        }
        ArrayNode agents = problem.putArray("agents");
        for (int a = 0; a < 4; a++) {
            agents.addObject().put("id", "agent" + a).put("contract", a < 2 ? "Full-time 40 h" : "Part-time");
        }

        Answer accepted = call("manager", "POST", "/api/scheduling/problems", JSON.writeValueAsString(problem));
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
        JsonNode job = awaitJob(accepted.location(), SchedulingApiContract::finished, 120);
        assertThat(job.get("status").asString()).isEqualTo("SOLVED");
        assertThat(job.get("verdict").get("valid").asBoolean()).isTrue();
    }
}
