package dev.kantor.platform.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import dev.kantor.platform.KantorException;

/**
 * Seals a secret for storage and opens it again: AES-256-GCM with a random 12-byte IV per value, stored as
 * {@code v1:<base64 of IV and ciphertext with its tag>}. GCM's tag makes a value sealed under another key,
 * or altered, fail to open ({@link SecretUnreadable}) rather than give wrong text. A value without the
 * {@code v1:} prefix was stored before secrets were sealed and is read as it is (legacy), until it is sealed.
 * Plain Java: {@link Secrets} makes one from configuration.
 */
public final class SecretBox {

    /** The prefix of a sealed value, naming the way it was sealed. */
    public static final String V1 = "v1:";

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    /** A box with this key; a box without one (null) seals nothing and opens only legacy values. */
    SecretBox(byte[] key) {
        if (key != null && key.length != 32) {
            throw new IllegalArgumentException("A secrets key is 32 bytes");
        }
        this.key = key == null ? null : new SecretKeySpec(key.clone(), "AES");
    }

    /** A box with a key given as base64 of 32 bytes, as {@code kantor.secrets.key} holds it. */
    public static SecretBox withKey(String base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kantor.secrets.key is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("kantor.secrets.key must be 32 bytes (base64), not " + bytes.length);
        }
        return new SecretBox(bytes);
    }

    /** The box of the development key: the same on every installation, so it protects nothing in earnest. */
    static SecretBox development() {
        try {
            return new SecretBox(MessageDigest.getInstance("SHA-256")
                    .digest("Kantor development secrets key: never for production".getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A box with no key: it refuses to seal ({@code secrets.no-key}). */
    static SecretBox none() {
        return new SecretBox(null);
    }

    /** Whether this box has a key to seal with. */
    public boolean canSeal() {
        return key != null;
    }

    /**
     * The secret sealed for storage, a new random IV each time.
     *
     * @throws KantorException {@code secrets.no-key} when no key is configured
     */
    public String seal(String plain) {
        if (plain == null) {
            return null;
        }
        if (key == null) {
            throw KantorException.invalid("secrets.no-key");
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return V1
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                                    .put(iv)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The secret a stored value holds: opened when sealed, as it is when stored before secrets were sealed.
     *
     * @throws SecretUnreadable when it was sealed under another key, altered, or there is no key
     */
    public String open(String stored) {
        if (stored == null || !isSealed(stored)) {
            return stored;
        }
        if (key == null) {
            throw new SecretUnreadable("no key configured (kantor.secrets.key)");
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(stored.substring(V1.length()));
        } catch (IllegalArgumentException e) {
            throw new SecretUnreadable("not a sealed value");
        }
        if (all.length < IV_BYTES + TAG_BITS / 8) {
            throw new SecretUnreadable("not a sealed value");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new SecretUnreadable("sealed under another key (kantor.secrets.key), or altered");
        } catch (GeneralSecurityException e) {
            throw new SecretUnreadable(e.getClass().getSimpleName());
        }
    }

    /** Whether a stored value is sealed (else it was stored before secrets were sealed). */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(V1);
    }

    /** Never the key. */
    @Override
    public String toString() {
        return key == null ? "SecretBox[no key]" : "SecretBox[AES-256-GCM]";
    }
}
