package dev.kantor.platform.security.tokens;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What each scope lets a token do, and what no scope lets it do. */
class TokenScopeTest {

    @ParameterizedTest(name = "{0} {1} {2} with [{3}] -> {4}")
    @CsvSource({
        "GET, /api/cases, read, true",
        "GET, /api/cases, cases, false",
        "HEAD, /api/people/3, read, true",
        "POST, /api/cases, read, false",
        "POST, /api/cases, cases, true",
        "POST, /api/cases/12/notes, cases, true",
        "POST, /api/casesx, cases, false",
        "PUT, /api/scheduling/shift-types/1, cases, false",
        "PUT, /api/scheduling/shift-types/1, schedules, true",
        "DELETE, /api/people/3, people, true",
        "POST, /api/service/requests, service, true",
        "POST, /api/account/tokens, read cases service schedules people, false",
        "GET, /api/account/tokens, read, false",
        "GET, /api/accounts, read, false",
        "POST, /api/service-accounts, read cases service schedules people, false",
        "PUT, /api/account/password, people, false",
    })
    void scopesAllowOnlyWhatTheyCover(String method, String path, String scopes, boolean allowed) {
        assertThat(TokenScope.allow(parse(scopes), method, path)).isEqualTo(allowed);
    }

    private static Set<TokenScope> parse(String codes) {
        Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
        for (String code : codes.split(" ")) {
            scopes.add(TokenScope.ofCode(code).orElseThrow());
        }
        return scopes;
    }
}
