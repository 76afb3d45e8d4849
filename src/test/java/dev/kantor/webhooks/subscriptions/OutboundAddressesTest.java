package dev.kantor.webhooks.subscriptions;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Webhooks never aim at Kantor's own network unless configured to. */
class OutboundAddressesTest {

    private final OutboundAddresses publicOnly = new OutboundAddresses(false);
    private final OutboundAddresses allowingPrivate = new OutboundAddresses(true);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8080/hook",
                "http://localhost/hook",
                "http://10.1.2.3/hook",
                "http://172.16.0.1/hook",
                "http://192.168.1.10/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://100.64.0.1/hook",
                "http://0.0.0.0/hook",
                "http://[::1]/hook",
                "http://[fd00::1]/hook",
                "http://[fe80::1]/hook",
                "http://[::ffff:127.0.0.1]/hook",
                "http://224.0.0.1/hook"
            })
    void privateLoopbackAndLinkLocalAddressesAreRefused(String url) {
        assertThat(publicOnly.refusal(url)).contains("webhooks.url-private");
        assertThat(allowingPrivate.refusal(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.216.34/hook", "https://8.8.8.8/hook", "https://[2606:4700::1111]/hook"})
    void publicAddressesAreAllowed(String url) {
        assertThat(publicOnly.refusal(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"ftp://93.184.216.34/x", "file:///etc/passwd", "http://user:pw@93.184.216.34/", "no url", ""})
    void onlyHttpUrlsWithoutCredentialsAreAccepted(String url) {
        assertThat(allowingPrivate.refusal(url)).contains("webhooks.url-invalid");
    }
}
