package dev.kantor.cases.portal;

import java.io.IOException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.cases.attachments.AttachmentLimits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards every portal request before anything reads it.
 * <ul>
 * <li>A form far larger than the portal's fields can hold (4,000 characters of message at most)
 * is refused unread: it runs before Spring Security, whose CSRF check would otherwise parse the
 * whole body to find its token. A form with files may carry as many files as a message may
 * ({@link AttachmentLimits}).</li>
 * <li>Portal pages are never stored by browsers or proxies and never pass their address on as a
 * referrer: the private link's secret is in the address, and whoever has it reads the case.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PortalRequestFilter extends OncePerRequestFilter {

    private final long maxFormBytes;
    private final long maxFormWithFilesBytes;

    PortalRequestFilter(
            @Value("${kantor.portal.max-form-bytes:65536}") long maxFormBytes, AttachmentLimits attachments) {
        this.maxFormBytes = maxFormBytes;
        this.maxFormWithFilesBytes = attachments.maxMessageBytes(maxFormBytes);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/portal") || path.startsWith("/portal/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        // a form with files (multipart) may carry as many files as a message may; each is checked on its own later
        String type = request.getContentType();
        boolean withFiles =
                type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        if (request.getContentLengthLong() > (withFiles ? maxFormWithFilesBytes : maxFormBytes)) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
