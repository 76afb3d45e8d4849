package dev.kantor.platform.secrets;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.kantor.platform.KantorException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretBoxTest {

    static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** Seeded random secrets of every length up to the longest password, in any script. */
    static Stream<String> secrets() {
        Random random = new Random(18);
        return IntStream.range(0, 40).mapToObj(i -> {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(500);
            for (int c = 0; c < length; c++) {
                s.appendCodePoint(random.nextBoolean() ? 32 + random.nextInt(95) : 0xA0 + random.nextInt(0x2000));
            }
            return s.toString();
        });
    }

    @ParameterizedTest
    @MethodSource("secrets")
    void aSealedSecretOpensToWhatWasSealedAndNeverShowsIt(String secret) {
        SecretBox box = SecretBox.withKey(newKey());

        String stored = box.seal(secret);

        assertThat(stored).startsWith("v1:").hasSizeLessThanOrEqualTo(2200);
        if (secret.length() > 3) {
            assertThat(stored).doesNotContain(secret);
        }
        assertThat(box.open(stored)).isEqualTo(secret);
    }

    @Test
    void everySealingHasItsOwnIv() {
        SecretBox box = SecretBox.withKey(newKey());

        assertThat(box.seal("imap-Secret-42")).isNotEqualTo(box.seal("imap-Secret-42"));
    }

    @Test
    void anotherKeyOrAnAlteredValueDoesNotOpen() {
        String stored = SecretBox.withKey(newKey()).seal("imap-Secret-42");

        assertThatThrownBy(() -> SecretBox.withKey(newKey()).open(stored)).isInstanceOf(SecretUnreadable.class);
        assertThatThrownBy(() -> SecretBox.development().open(stored)).isInstanceOf(SecretUnreadable.class);
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        raw[raw.length - 1] ^= 1;
        String altered = "v1:" + Base64.getEncoder().encodeToString(raw);
        SecretBox box = SecretBox.withKey(newKey());
        assertThatThrownBy(() -> box.open(altered)).isInstanceOf(SecretUnreadable.class);
        assertThatThrownBy(() -> box.open("v1:not base64!")).isInstanceOf(SecretUnreadable.class);
        assertThatThrownBy(() -> SecretBox.none().open(stored)).isInstanceOf(SecretUnreadable.class);
    }

    @Test
    void aValueStoredBeforeSealingIsReadAsItIs() {
        assertThat(SecretBox.withKey(newKey()).open("plain-Password-1")).isEqualTo("plain-Password-1");
        assertThat(SecretBox.isSealed("plain-Password-1")).isFalse();
        assertThat(SecretBox.none().open("plain-Password-1")).isEqualTo("plain-Password-1");
    }

    @Test
    void theDevelopmentKeyIsTheSameEverywhereAndNoKeySealsNothing() {
        assertThat(SecretBox.development().open(SecretBox.development().seal("x")))
                .isEqualTo("x");
        assertThatThrownBy(() -> SecretBox.none().seal("x"))
                .isInstanceOf(KantorException.class)
                .hasMessageStartingWith("secrets.no-key");
    }

    @Test
    void aKeyThatIsNotBase64Of32BytesIsRefused() {
        assertThatThrownBy(() -> SecretBox.withKey("short")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SecretBox.withKey(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
        assertThat(SecretBox.withKey(newKey()).toString()).doesNotContain("=");
    }

    @Test
    void theInstallationsBoxComesFromItsKeyOrTheDevelopmentKeyWhereAllowedAndElseSealsNothing() {
        String key = newKey();
        String sealed = new Secrets().secretBox(key, false).seal("imap-Secret-42");

        assertThat(SecretBox.withKey(key).open(sealed)).isEqualTo("imap-Secret-42");
        assertThat(new Secrets().secretBox("", true).canSeal()).isTrue();
        assertThat(new Secrets()
                        .secretBox("", true)
                        .open(SecretBox.development().seal("x")))
                .isEqualTo("x");
        assertThat(new Secrets().secretBox("", false).canSeal())
                .as("production without a key")
                .isFalse();
        assertThatThrownBy(() -> new Secrets().secretBox("not a key", true))
                .as("a key nobody meant stops the start")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
