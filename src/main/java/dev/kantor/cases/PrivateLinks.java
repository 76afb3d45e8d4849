package dev.kantor.cases;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The private link through which a customer follows their case, as it is sent to them: the
 * public address Kantor is reached at (kantor.public-url) and the case's secret.
 */
@Component
public class PrivateLinks {

    private final String publicUrl;

    PrivateLinks(@Value("${kantor.public-url:http://localhost:8080}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
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
