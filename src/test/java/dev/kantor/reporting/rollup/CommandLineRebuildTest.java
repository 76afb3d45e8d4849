package dev.kantor.reporting.rollup;

import java.time.Duration;

import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.reporting.RollupsRebuilt;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The command-line rebuild runs as Kantor's own system user and says by its exit status how it went. */
class CommandLineRebuildTest {

    final Rebuild rebuild = mock(Rebuild.class);
    final CommandLineRebuild commandLine = new CommandLineRebuild(rebuild, mock(ConfigurableApplicationContext.class));

    @Test
    void exitsWithZeroWhenEverythingWasRebuiltAsTheSystemUser() {
        String[] who = new String[1];
        when(rebuild.run(anyString())).thenAnswer(call -> {
            var signedIn = SecurityContextHolder.getContext().getAuthentication();
            who[0] = signedIn == null ? "nobody" : signedIn.getName() + " " + signedIn.getAuthorities();
            return new RollupsRebuilt(10, 2, 3, 1, 96, 4, Duration.ofMillis(40));
        });

        assertThat(commandLine.rebuild()).isZero();

        verify(rebuild).run("command-line");
        assertThat(who[0]).isEqualTo(CurrentUser.SYSTEM + " [ROLE_ADMIN]");
    }

    @Test
    void saysEveryTableItRebuiltCoverageAndRatingsIncluded() {
        assertThat(CommandLineRebuild.said(new RollupsRebuilt(10, 2, 3, 1, 96, 4, Duration.ofMillis(40))))
                .isEqualTo("10 cases, 2 handoffs, 3 internal requests, 1 ratings of internal requests, 96 coverage"
                        + " intervals, 4 fill-ins in 40 ms");
    }

    @Test
    void theAdminPageSaysEveryTableItRebuiltInBothLanguages() {
        when(rebuild.run("page")).thenReturn(new RollupsRebuilt(10, 2, 3, 1, 96, 4, Duration.ofMillis(40)));
        var bundle = new org.springframework.context.support.ResourceBundleMessageSource();
        bundle.setBasename("messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        for (var locale : java.util.List.of(java.util.Locale.ENGLISH, java.util.Locale.forLanguageTag("id"))) {
            var redirect = new org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap();

            new RebuildController(rebuild, bundle).rebuild(redirect, locale);

            assertThat((String) redirect.getFlashAttributes().get("success"))
                    .as("%s", locale)
                    .contains("10", " 2 ", " 3 ", " 1 ", "96", " 4 ");
        }
    }

    @Test
    void exitsWithOneWhenAnotherRebuildRuns() {
        when(rebuild.run(anyString())).thenThrow(KantorException.conflict("reporting.rebuild.running"));

        assertThat(commandLine.rebuild()).isEqualTo(1);
    }
}
