package dev.kantor.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a test class's application on the run's real PostgreSQL server, in a database of its own. Unlike a
 * {@code @DynamicPropertySource} method, which is a different one in every class and so starts an application
 * per class, this annotation is the same for every class: the PostgreSQL variants of the contracts share one
 * application and one database, as the H2 variants share theirs, unless their configuration differs otherwise.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ContextConfiguration(initializers = OnPostgres.NewDatabase.class)
public @interface OnPostgres {

    /** Points the application being started at a new, empty database on the run's server. */
    class NewDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                            "spring.datasource.url=" + EmbeddedPostgres.newDatabase(),
                            "spring.datasource.username=postgres",
                            "spring.datasource.password=postgres")
                    .applyTo(context);
        }
    }
}
