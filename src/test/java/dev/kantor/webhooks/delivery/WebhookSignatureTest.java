package dev.kantor.webhooks.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The signature receivers check: the same as openssl computes, and refused when anything differs. */
class WebhookSignatureTest {

    private static final String BODY = "{\"id\":\"x\"}";

    @Test
    void signsTheTimeAndTheBodyAsOpensslDoes() {
        // printf '%s' '1700000000.{"id":"x"}' | openssl dgst -sha256 -hmac 'whsec_test' -hex
        assertThat(WebhookSignature.header("whsec_test", 1_700_000_000L, BODY))
                .isEqualTo("t=1700000000,v1=80e8d098018f757aa814ab1abb924f35d304affa1d93d29611a54696207eb7c3");
    }

    @Test
    void verifiesWhatItSigned() {
        String header = WebhookSignature.header("whsec_test", 1_700_000_000L, BODY);
        assertThat(WebhookSignature.verify("whsec_test", header, BODY, 1_700_000_100L, 300))
                .isTrue();
    }

    @Test
    void refusesAnotherBodyAnotherSecretAnOldTimeOrNoHeader() {
        String header = WebhookSignature.header("whsec_test", 1_700_000_000L, BODY);
        assertThat(WebhookSignature.verify("whsec_test", header, "{\"id\":\"y\"}", 1_700_000_000L, 300))
                .isFalse();
        assertThat(WebhookSignature.verify("whsec_other", header, BODY, 1_700_000_000L, 300))
                .isFalse();
        assertThat(WebhookSignature.verify("whsec_test", header, BODY, 1_700_000_301L, 300))
                .as("a replay after the tolerance")
                .isFalse();
        assertThat(WebhookSignature.verify("whsec_test", null, BODY, 1_700_000_000L, 300))
                .isFalse();
        assertThat(WebhookSignature.verify("whsec_test", "t=1700000000,v1=00", BODY, 1_700_000_000L, 300))
                .isFalse();
    }
}
