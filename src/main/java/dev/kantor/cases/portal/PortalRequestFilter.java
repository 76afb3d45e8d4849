package dev.kantor.cases.portal;

import java.io.IOException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
 * whole body to find its token.</li>
 * <li>Portal pages are never stored by browsers or proxies and never pass their address on as a
 * referrer: the private link's secret is in the address, and whoever has it reads the case.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PortalRequestFilter extends OncePerRequestFilter {

    private final long maxFormBytes;

    PortalRequestFilter(@Value("${kantor.portal.max-form-bytes:65536}") long maxFormBytes) {
        this.maxFormBytes = maxFormBytes;
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
        if (request.getContentLengthLong() > maxFormBytes) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
