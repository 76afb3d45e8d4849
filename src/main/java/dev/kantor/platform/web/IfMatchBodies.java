package dev.kantor.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A change whose body has a {@code version} field may name the version in {@code If-Match} instead:
 * the header's version stands in for a version the body leaves out, and a body that names another
 * version than the header is refused (412, {@link VersionMismatch}) with nothing changed. A stale
 * version, from either, is answered as ever: 409 concurrent-change.
 */
@RestControllerAdvice(annotations = RestController.class)
class IfMatchBodies extends RequestBodyAdviceAdapter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType instanceof Class<?> type && VersionTags.hasVersion(type);
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        Integer ifMatch = VersionTags.ifMatch(input.getHeaders().getFirst(VersionTags.IF_MATCH));
        if (ifMatch == null) {
            return input;
        }
        byte[] sent = input.getBody().readAllBytes();
        JsonNode body;
        try {
            body = sent.length == 0 ? JSON.createObjectNode() : JSON.readTree(sent);
        } catch (JacksonException e) {
            return replay(input.getHeaders(), sent); // the converter refuses it as it would any bad body
        }
        if (!(body instanceof ObjectNode object)) {
            return replay(input.getHeaders(), sent);
        }
        JsonNode version = object.get("version");
        if (version == null || version.isNull()) {
            object.put("version", ifMatch);
            return replay(input.getHeaders(), JSON.writeValueAsBytes(object));
        }
        if (version.canConvertToLong() && version.asLong() != ifMatch) {
            throw new VersionMismatch(ifMatch, version.asLong());
        }
        return replay(input.getHeaders(), sent);
    }

    private static HttpInputMessage replay(HttpHeaders headers, byte[] body) {
        HttpHeaders copy = new HttpHeaders();
        copy.putAll(headers);
        copy.setContentLength(body.length);
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return copy;
            }
        };
    }
}
