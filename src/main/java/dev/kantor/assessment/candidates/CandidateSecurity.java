package dev.kantor.assessment.candidates;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * A candidate's private link answers without a sign-in: candidates have no account, and the long
 * random token in the address is the secret. Only {@code /assessment/candidate/**} is reachable this
 * way; the form keeps its CSRF token, and the page sends no referrer, since its address holds the link.
 */
@Configuration
class CandidateSecurity {

    /** The staff pages' policy (platform.security's, which other modules cannot reach): Kantor's own scripts only. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    static final String PERMISSIONS = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    @Bean
    @Order(0)
    SecurityFilterChain candidateLinkChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/assessment/candidate/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS)));
        return http.build();
    }
}
