package dev.kantor.floor.board;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The wall view answers without a sign-in: a screen on the floor has nobody to sign in; the long random
 * token in the address is the secret. Only the wall's page and its polled board are reachable this way
 * (GET only), no session is made, the address is never sent on as a referrer, and the page may load
 * only Kantor's own scripts and styles and may not be framed.
 */
@Configuration
class WallSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain floorWallChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/floor/wall/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                org.springframework.http.HttpMethod.GET, "/floor/wall/*", "/floor/wall/*/board")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(
                                        "default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
