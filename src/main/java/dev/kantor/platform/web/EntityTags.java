package dev.kantor.platform.web;

import java.util.Arrays;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every answer of the API that carries one resource with a version, a read or a change, says that
 * version as {@code ETag: W/"<version>"}; a read whose {@code If-None-Match} names it is answered 304
 * without a body, so a client that polls a case or a schedule reads it again only when it changed.
 */
@RestControllerAdvice(annotations = RestController.class)
class EntityTags implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body == null || body instanceof ProblemDetail || !(response instanceof ServletServerHttpResponse out)) {
            return body;
        }
        int status = out.getServletResponse().getStatus();
        if (status < 200 || status >= 300) {
            return body;
        }
        Long version = VersionTags.versionOf(body);
        if (version == null) {
            return body;
        }
        String tag = VersionTags.of(version);
        response.getHeaders().setETag(tag);
        boolean read = request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD;
        if (read && names(request.getHeaders().getFirst("If-None-Match"), tag)) {
            response.setStatusCode(HttpStatus.NOT_MODIFIED);
            return null;
        }
        return body;
    }

    /** Whether an If-None-Match header names the tag, compared weakly (RFC 9110 13.1.2). */
    static boolean names(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String wanted = opaque(tag);
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .anyMatch(each -> each.equals("*") || opaque(each).equals(wanted));
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
