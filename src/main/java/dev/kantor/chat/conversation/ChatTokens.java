package dev.kantor.chat.conversation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The customer's key to their chat: 256 random bits, kept in their cookie. Only its SHA-256 is stored, so that
 * a copy of the database opens no chat; a chat's id, which can be guessed, opens nothing.
 */
public final class ChatTokens {

    /** The cookie that carries the token. */
    public static final String COOKIE = "KANTOR_CHAT";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ChatTokens() {}

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of a token; tokens of another shape hash to something no chat has. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
