package dev.kantor.platform.security.tokens;

import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.kantor.platform.security.ProblemSecurityResponses;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code kantor.api.basic-auth.enabled=false} refuses HTTP Basic before any password is looked at. */
class BasicSignInSwitchTest {

    private final StaticMessageSource messages = new StaticMessageSource();
    private final ProblemSecurityResponses problems =
            new ProblemSecurityResponses(messages, new FixedLocaleResolver(Locale.ENGLISH));

    BasicSignInSwitchTest() {
        messages.addMessage("error.basic-auth-off", Locale.ENGLISH, "Basic is off");
    }

    @Test
    void switchedOffBasicCredentialsAreRefusedAndGoNoFurther() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicBoolean passed = new AtomicBoolean();

        new BasicSignInSwitch(false, problems).doFilter(basic(), response, (req, res) -> passed.set(true));

        assertThat(passed).isFalse();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsString()).contains("urn:kantor:problem:basic-auth-off");
    }

    @Test
    void switchedOnBasicCredentialsGoOnToBeChecked() throws Exception {
        AtomicBoolean passed = new AtomicBoolean();
        new BasicSignInSwitch(true, problems)
                .doFilter(basic(), new MockHttpServletResponse(), (req, res) -> passed.set(true));
        assertThat(passed).isTrue();
    }

    @Test
    void switchedOffTokensAndAnonymousCallsGoOn() throws Exception {
        MockHttpServletRequest bearer = new MockHttpServletRequest("GET", "/api/cases");
        bearer.addHeader("Authorization", "Bearer kantor_pat_x");
        AtomicBoolean passed = new AtomicBoolean();
        new BasicSignInSwitch(false, problems)
                .doFilter(bearer, new MockHttpServletResponse(), (req, res) -> passed.set(true));
        assertThat(passed).isTrue();
    }

    private static MockHttpServletRequest basic() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/cases");
        request.addHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString("agent:demo".getBytes()));
        return request;
    }
}
