package dev.kantor.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The headers that tell browsers what Kantor's pages may do. Spring Security's defaults stay on
 * ({@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, no caching of pages,
 * and {@code Strict-Transport-Security} on every response served over HTTPS, which behind a proxy
 * needs {@code server.forward-headers-strategy}); these add the rest.
 */
final class SecurityHeaders {

    /**
     * Pages run only Kantor's own scripts and styles, from its own address: no inline script,
     * no inline style (the templates keep theirs in kantor.css), no eval (htmx is told not to:
     * see the htmx-config meta tag in the layout). Bootstrap's icons are data: images inside its
     * CSS. No page may be framed, and forms post only to Kantor.
     */
    static final String PAGE_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * The API's browsable description (Swagger UI, a page Kantor does not write) adds a style
     * element of its own when it draws: its pages alone may apply inline styles. Scripts stay
     * Kantor's own, and Swagger UI shows API answers as text, so a style is all a page there
     * could be made to carry.
     */
    static final String API_DOCS_POLICY = PAGE_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    /** The API answers data, never a page: nothing in it may load or run anything. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** Kantor uses none of the devices and sensors a page may ask for. */
    static final String PERMISSIONS = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    private SecurityHeaders() {}

    static Customizer<HeadersConfigurer<HttpSecurity>> pages() {
        return headers -> headers.addHeaderWriter(new PagePolicy())
                .addHeaderWriter(new ReferrerPolicy())
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS));
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> api() {
        return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY))
                .addHeaderWriter(new StaticHeadersWriter("Referrer-Policy", "no-referrer"))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS));
    }

    /** The Content-Security-Policy of each page: Kantor's own, or the API description's. */
    static final class PagePolicy implements HeaderWriter {

        @Override
        public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
            String path = path(request);
            boolean apiDocs = path.startsWith("/swagger-ui");
            response.setHeader("Content-Security-Policy", apiDocs ? API_DOCS_POLICY : PAGE_POLICY);
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * Staff pages tell only Kantor itself where a link was followed from. The portal tells no one:
     * a customer's private link is their key to their case, and must not travel to another site
     * in a Referer header when they follow a link from it.
     */
    static final class ReferrerPolicy implements HeaderWriter {

        @Override
        public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
            String path = path(request);
            boolean portal = path.equals("/portal") || path.startsWith("/portal/");
            response.setHeader("Referrer-Policy", portal ? "no-referrer" : "same-origin");
        }
    }
}
