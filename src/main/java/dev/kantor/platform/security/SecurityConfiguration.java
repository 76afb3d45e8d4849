package dev.kantor.platform.security;

import java.time.Clock;

import dev.kantor.platform.security.tokens.BasicSignInSwitch;
import dev.kantor.platform.security.tokens.BearerTokens;
import dev.kantor.platform.security.tokens.TokenSignIns;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * People sign in with a form (CSRF on); programs call the API and the metrics with an API token
 * ({@code Authorization: Bearer}, {@link BearerTokens}) or, unless
 * {@code kantor.api.basic-auth.enabled=false}, with HTTP Basic.
 * Both kinds of sign-in go through {@link ThrottledSignIns}, which slows password guessing down;
 * every request checks that the account still lets its person in ({@link AccountStanding}).
 * What each role may change is guarded on the methods that change it.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, upgradable later without invalidating stored hashes
        return new RecentlyVerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    /**
     * No observation of each security filter, authentication and authorization: the property
     * {@code management.observations.enable.spring.security=false} only silences them, while
     * this leaves the filters undecorated, which an API request pays for on every call. HTTP
     * timings are still observed.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** The one way a username and password are checked, for the form and HTTP Basic alike. */
    @Bean
    AuthenticationManager authenticationManager(
            UserAccounts accounts,
            PasswordEncoder passwords,
            SignInThrottle throttle,
            AuthenticationEventPublisher events) {
        ProviderManager manager = new ProviderManager(new ThrottledSignIns(accounts, passwords, throttle));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            AuthenticationManager signIns,
            UserAccounts accounts,
            ProblemSecurityResponses problems,
            TokenSignIns tokens,
            @Value("${kantor.api.basic-auth.enabled:true}") boolean basicEnabled)
            throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .authenticationManager(signIns)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        // the web chat's customers have no account: their chat opens by its token (chat module)
                        .requestMatchers(
                                "/api/chat/conversations", "/api/chat/conversation", "/api/chat/conversation/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // stateless Basic callers carry no session cookie a forger could ride on
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityHeaders.api())
                .addFilterBefore(new BasicSignInSwitch(basicEnabled, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokens(tokens, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new AccountStanding(accounts, problems), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(
            HttpSecurity http,
            AuthenticationManager signIns,
            UserAccounts accounts,
            ProblemSecurityResponses problems,
            Clock clock,
            @Value("${kantor.api.basic-auth.enabled:true}") boolean basicEnabled)
            throws Exception {
        SignInPageOutcomes outcomes = new SignInPageOutcomes(accounts, clock);
        http.authenticationManager(signIns)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/language",
                                "/error",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                "/favicon.svg")
                        .permitAll()
                        // customers have no account: the portal and their private links are public
                        .requestMatchers("/portal", "/portal/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").successHandler(outcomes).failureHandler(outcomes))
                // lets tools fetch /v3/api-docs with the same Basic credentials as the API, refused as the API is
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(SecurityHeaders.pages())
                .addFilterBefore(new BasicSignInSwitch(basicEnabled, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new AccountStanding(accounts, problems), AuthorizationFilter.class);
        return http.build();
    }
}
