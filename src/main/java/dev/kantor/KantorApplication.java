package dev.kantor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Kantor runs a business's front office and back office as one service.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KantorApplication {

    public static void main(String[] args) {
        SpringApplication.run(KantorApplication.class, args);
    }
}
