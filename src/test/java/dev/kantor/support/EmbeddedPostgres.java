package dev.kantor.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import org.springframework.boot.SpringApplication;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL server for the whole test run (started on first use, stopped when the
 * JVM ends), with a fresh database for each test context that asks for one.
 */
public final class EmbeddedPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private static volatile boolean stopped;

    private EmbeddedPostgres() {}

    /** Points the application at a new, empty PostgreSQL database. */
    public static void register(DynamicPropertyRegistry registry) {
        String url = newDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    public static synchronized String newDatabase() {
        String name = "kantor_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    public static synchronized DataSource dataSource(String database) {
        return server().getDatabase("postgres", database);
    }

    private static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                        .start();
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Cannot start the embedded PostgreSQL server", e);
            }
            // stopped after the application contexts are closed, not beside them: a context closing
            // on a server that is already gone hangs the JVM's exit on its scheduled jobs' connections
            SpringApplication.getShutdownHandlers().add(EmbeddedPostgres::stop);
            // a run that started no application (a plain storage test) has no such handler to wait for
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
                while (!stopped && System.nanoTime() < until) {
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
                stop();
            }));
        }
        return server;
    }

    private static synchronized void stop() {
        if (stopped || server == null) {
            return;
        }
        stopped = true;
        try {
            server.close();
        } catch (java.io.IOException ignored) {
            // the JVM is ending anyway
        }
    }
}
