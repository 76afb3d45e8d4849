package dev.kantor.demo;

import dev.kantor.platform.security.SystemUser;
import dev.kantor.platform.security.tokens.ServiceAccounts;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo company's integration: a service account for its telephone system, acting as an agent,
 * so that the admins' service accounts page shows what one looks like. It has no token: a token's
 * secret is shown once, to the admin who makes it.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "kantor.demo.enabled", havingValue = "true")
class DemoIntegrations implements ApplicationRunner {

    private final ServiceAccounts serviceAccounts;

    DemoIntegrations(ServiceAccounts serviceAccounts) {
        this.serviceAccounts = serviceAccounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.run(() -> {
            if (serviceAccounts.all().isEmpty()) {
                serviceAccounts.create("phone-system", "Opens a case for each call the switchboard takes", "AGENT");
            }
        });
    }
}
