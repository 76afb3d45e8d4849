package dev.kantor.platform.security.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secrets of API tokens: 32 random bytes (256 bits, so that guessing one is hopeless and a
 * fast hash is safe to store) behind a prefix that says what they are, {@code kantor_pat_} for a
 * person's and {@code kantor_sat_} for a service account's, so that secret scanners and people
 * recognise a leaked one. Only the SHA-256 of a secret is stored.
 */
final class TokenSecrets {

    static final String PERSONAL = "kantor_pat_";
    static final String SERVICE = "kantor_sat_";
    /** How much of a token its owner sees again later: the prefix and a few characters. */
    static final int SHOWN = 16;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("kantor_[ps]at_[A-Za-z0-9_-]{43}");

    private TokenSecrets() {}

    static String newSecret(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether this could be a token at all: anything else is refused without asking the database. */
    static boolean looksLikeToken(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String shown(String secret) {
        return secret.substring(0, SHOWN);
    }
}
