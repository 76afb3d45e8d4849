package dev.kantor.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import dev.kantor.KantorApplication;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Kantor as the benchmarks start it: a fresh embedded PostgreSQL and the whole application on it, on a
 * free port, without demo cases, logging only warnings. Closing it closes the application before the
 * database, so that nothing in Kantor is left waiting on a server that is gone.
 *
 * <pre>{@code
 * try (BenchKantor kantor = BenchKantor.onPostgres("--kantor.demo.schedules=false")) {
 *     kantor.bean(Matches.class) ... kantor.port() ...
 * }
 * }</pre>
 */
final class BenchKantor implements AutoCloseable {

    private static final String USER = "postgres";
    private static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final String url;
    private final ConfigurableApplicationContext context;

    private BenchKantor(EmbeddedPostgres postgres, String url, ConfigurableApplicationContext context) {
        this.postgres = postgres;
        this.url = url;
        this.context = context;
    }

    /**
     * What every benchmark prints first, so that its figures say what they ran on: the cores, the load average
     * when it started (a figure measured on a busy machine says so) and the JVM.
     */
    static String machineLine() {
        return "machine: %d cores, load %s, %s %s"
                .formatted(
                        Runtime.getRuntime().availableProcessors(),
                        loadAverage(),
                        System.getProperty("java.vm.name"),
                        System.getProperty("java.version"));
    }

    /** The 1, 5 and 15 minute load averages and runnable/all tasks, as Linux tells them; "unknown" elsewhere. */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** Starts PostgreSQL and Kantor on it, with these command-line arguments added to the usual ones. */
    static BenchKantor onPostgres(String... extraArguments) throws Exception {
        return onPostgres(server -> {}, extraArguments);
    }

    /**
     * Starts PostgreSQL, set up by {@code server} before it starts (settings, logging), and Kantor on it with
     * these command-line arguments added to the usual ones.
     */
    static BenchKantor onPostgres(Consumer<EmbeddedPostgres.Builder> server, String... extraArguments)
            throws Exception {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        server.accept(builder);
        EmbeddedPostgres postgres = builder.start();
        try {
            String url = postgres.getJdbcUrl(USER, "postgres");
            List<String> arguments = new ArrayList<>(List.of(
                    "--server.port=0",
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + USER,
                    "--spring.datasource.password=" + PASSWORD,
                    "--kantor.demo.cases=false",
                    "--logging.level.root=WARN",
                    "--spring.main.banner-mode=off"));
            arguments.addAll(Arrays.asList(extraArguments));
            ConfigurableApplicationContext context =
                    new SpringApplicationBuilder(KantorApplication.class).run(arguments.toArray(String[]::new));
            return new BenchKantor(postgres, url, context);
        } catch (Exception | Error e) {
            postgres.close();
            throw e;
        }
    }

    /** The port Kantor listens on (on loopback). */
    int port() {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    /** The database's JDBC URL, for a benchmark's own connections beside Kantor's pool. */
    String jdbcUrl() {
        return url;
    }

    /** A new connection of the benchmark's own, outside Kantor's pool; the caller closes it. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, USER, PASSWORD);
    }

    /** Kantor's own {@link JdbcTemplate}, on its pool. */
    JdbcTemplate jdbc() {
        return bean(JdbcTemplate.class);
    }

    /** Kantor's application context, for a benchmark helper that reads several of its beans. */
    org.springframework.context.ApplicationContext context() {
        return context;
    }

    /** One of Kantor's beans. */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() throws Exception {
        try {
            context.close();
        } finally {
            postgres.close();
        }
    }
}
