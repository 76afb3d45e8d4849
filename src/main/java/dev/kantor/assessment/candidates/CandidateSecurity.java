package dev.kantor.assessment.candidates;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * A candidate's private link answers without a sign-in: candidates have no account, and the long
 * random token in the address is the secret. Only {@code /assessment/candidate/**} is reachable this
 * way; the form keeps its CSRF token, and the page sends no referrer, since its address holds the link.
 */
@Configuration
class CandidateSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain candidateLinkChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/assessment/candidate/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}
