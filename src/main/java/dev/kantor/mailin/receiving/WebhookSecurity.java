package dev.kantor.mailin.receiving;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The webhook carries no account and no session: its mailbox's secret, checked by the controller, is
 * its credential. So it has a filter chain of its own, before the API's, that lets the post through to
 * that check, keeps no session and needs no CSRF token (there is no cookie a forger could ride on).
 */
@Configuration
class WebhookSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain mailRelayWebhook(HttpSecurity http) throws Exception {
        http.securityMatcher(WebhookRestController.PATH + "*")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
