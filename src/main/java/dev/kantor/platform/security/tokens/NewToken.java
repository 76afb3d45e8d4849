package dev.kantor.platform.security.tokens;

/**
 * A token just made: its secret is in this answer and nowhere else, since Kantor keeps only its hash.
 *
 * @param secret what to send as {@code Authorization: Bearer <secret>}
 */
public record NewToken(ApiTokenView token, String secret) {}
