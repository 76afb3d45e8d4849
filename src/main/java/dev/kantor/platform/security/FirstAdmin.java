package dev.kantor.platform.security;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A database without accounts gets an {@code admin} account, so that a clean production start
 * can be signed into. Its password is KANTOR_ADMIN_PASSWORD, or a random one written to the log.
 * Runs after the demo data, which brings its own accounts.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserAccounts accounts;
    private final String password;

    FirstAdmin(UserAccounts accounts, @Value("${kantor.admin-password:${KANTOR_ADMIN_PASSWORD:}}") String password) {
        this.accounts = accounts;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.any()) {
            return;
        }
        String chosen = password;
        if (chosen == null || chosen.isBlank()) {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            chosen = HexFormat.of().formatHex(random);
            log.warn("Created the first account 'admin' with password {} - change it after signing in", chosen);
        } else {
            log.info("Created the first account 'admin' with the password from KANTOR_ADMIN_PASSWORD");
        }
        accounts.create("admin", chosen, Role.ADMIN, null);
    }
}
