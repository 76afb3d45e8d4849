package dev.kantor.platform.web;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a request naming a list element far beyond any form's, such as {@code files[300]}, before
 * a form is bound. Binding a setter-based form stops at Spring's limit of 256 elements with an
 * {@link InvalidPropertyException}, but binding a record (through its constructor) fails on such
 * an index with an {@link IndexOutOfBoundsException}, an error rather than a refusal; this guard
 * gives both the same answer: a 400 naming the field, on pages and in the API.
 */
@Configuration
class ListIndexGuard implements WebMvcConfigurer, HandlerInterceptor {

    /** Spring's default {@code autoGrowCollectionLimit}: no Kantor form has as many rows. */
    static final int MOST_ELEMENTS = 256;

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        refuseFarIndexes(request.getParameterMap().keySet());
        if (request instanceof MultipartRequest multipart) {
            refuseFarIndexes(multipart.getMultiFileMap().keySet());
        }
        return true;
    }

    private static void refuseFarIndexes(Collection<String> names) {
        for (String name : names) {
            if (name.indexOf('[') < 0) {
                continue;
            }
            Matcher index = INDEX.matcher(name);
            while (index.find()) {
                if (index.group(1).length() > 4 || Integer.parseInt(index.group(1)) >= MOST_ELEMENTS) {
                    throw new InvalidPropertyException(Object.class, name, "an index beyond any form's");
                }
            }
        }
    }
}
