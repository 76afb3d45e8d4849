package dev.kantor.cases.portal;

import java.security.SecureRandom;
import java.util.Base64;

import dev.kantor.cases.customercase.CustomerCase;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The private link through which a customer follows their case, as it is sent to them: the
 * public address Kantor is reached at (kantor.public-url) and the case's secret.
 */
@Component
public class PrivateLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String publicUrl;

    PrivateLinks(@Value("${kantor.public-url:http://localhost:8080}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** A new case's secret: 256 random bits in URL-safe Base64, so that no link can be guessed. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The link as the customer gets it by e-mail, to copy and send. */
    public String of(CustomerCase c) {
        return publicUrl + path(c);
    }

    /** The link within Kantor. */
    public static String path(CustomerCase c) {
        return "/portal/cases/" + c.getAccessToken();
    }
}
