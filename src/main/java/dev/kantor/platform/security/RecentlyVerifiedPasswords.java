package dev.kantor.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that remembers, for a minute, which password matched which stored hash.
 * API callers send their password with every request (HTTP Basic), and checking a bcrypt hash
 * costs tens of milliseconds of CPU by design; remembering a match keeps that cost to once a
 * minute per caller. Only matches are remembered, under a SHA-256 of the password and the stored
 * hash, so a changed password or hash is never matched from memory.
 */
final class RecentlyVerifiedPasswords implements PasswordEncoder {

    private static final long REMEMBER_MILLIS = 60_000;
    private static final int MAX_REMEMBERED = 10_000;

    private final PasswordEncoder delegate;
    private final Map<String, Long> verified = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_REMEMBERED;
        }
    };

    private final Map<String, CompletableFuture<Boolean>> checking = new ConcurrentHashMap<>();

    RecentlyVerifiedPasswords(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        String key = digest(rawPassword + "\u0000" + encodedPassword);
        long now = System.currentTimeMillis();
        synchronized (verified) {
            Long at = verified.get(key);
            if (at != null && now - at < REMEMBER_MILLIS) {
                return true;
            }
        }
        // One check per caller at a time: when a remembered match runs out, every request of that
        // caller arriving during the check would otherwise run bcrypt too, and a busy API client
        // would stall the machine for seconds.
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> running = checking.putIfAbsent(key, mine);
        if (running != null) {
            return running.join();
        }
        try {
            boolean matches = delegate.matches(rawPassword, encodedPassword);
            if (matches) {
                synchronized (verified) {
                    verified.put(key, System.currentTimeMillis());
                }
            }
            mine.complete(matches);
            return matches;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(key, mine);
        }
    }

    /**
     * Whether this password matched this stored hash within the last minute, without checking
     * it: tells a caller presenting a known password from a guesser, at the cost of a lookup.
     */
    boolean remembers(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        String key = digest(rawPassword + "\u0000" + encodedPassword);
        synchronized (verified) {
            Long at = verified.get(key);
            return at != null && System.currentTimeMillis() - at < REMEMBER_MILLIS;
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
