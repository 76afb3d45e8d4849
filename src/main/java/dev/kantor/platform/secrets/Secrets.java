package dev.kantor.platform.secrets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The installation's {@link SecretBox}: sealed with {@code kantor.secrets.key} (base64 of 32 random bytes;
 * {@code KANTOR_SECRETS_KEY}). Without it, where {@code kantor.secrets.development-key} allows (the default
 * H2 run, the demo and tests), a fixed development key is used and a warning says so once at start; where it
 * does not (the {@code postgres} profile), no secret can be stored until a key is set. A key that is not
 * base64 of 32 bytes stops the start, rather than sealing under a key nobody meant.
 */
@Configuration(proxyBeanMethods = false)
class Secrets {

    private static final Logger log = LoggerFactory.getLogger(Secrets.class);

    @Bean
    SecretBox secretBox(
            @Value("${kantor.secrets.key:}") String key,
            @Value("${kantor.secrets.development-key:true}") boolean developmentKeyAllowed) {
        if (key != null && !key.isBlank()) {
            return SecretBox.withKey(key);
        }
        if (developmentKeyAllowed) {
            log.warn("Secrets (IMAP passwords) are protected by a development key that every Kantor installation "
                    + "shares: set kantor.secrets.key (KANTOR_SECRETS_KEY) to base64 of 32 random bytes in production");
            return SecretBox.development();
        }
        log.warn("No kantor.secrets.key (KANTOR_SECRETS_KEY) is set: IMAP mailboxes cannot be connected until it is");
        return SecretBox.none();
    }
}
