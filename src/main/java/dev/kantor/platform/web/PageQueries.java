package dev.kantor.platform.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;

import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads the {@code page}, {@code size} and {@code sort} parameters of every list operation into a
 * {@link PageQuery}, the same way for every list: a page from 0, a size from 1 to
 * {@value PageQuery#MAX_SIZE} ({@value PageQuery#DEFAULT_SIZE} unless asked), a sort by one of the
 * operation's {@link Sortable} fields. Anything else is a 400 naming each bad parameter.
 */
@Configuration(proxyBeanMethods = false)
class PageQueries implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    /** Far beyond any list's last page, yet the offset stays well within a long. */
    static final int MAX_PAGE = 10_000_000;

    static {
        // the three parameters are described by PagingDescriptions, not as an object
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageQuery.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PageQuery.class;
    }

    @Override
    public PageQuery resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest web,
            WebDataBinderFactory binders) {
        HttpServletRequest request = web.getNativeRequest(HttpServletRequest.class);
        Sortable sortable = parameter.getMethodAnnotation(Sortable.class);
        return read(
                request.getParameter("page"),
                request.getParameter("size"),
                request.getParameter("sort"),
                sortable == null ? List.of() : List.of(sortable.value()),
                request.getRequestURI(),
                request.getQueryString());
    }

    /** The page asked for, or every problem with the parameters at once. */
    static PageQuery read(
            String pageText, String sizeText, String sortText, List<String> sortable, String path, String rawQuery) {
        List<FieldProblem> problems = new ArrayList<>();
        int page = number(pageText, "page", 0, 0, MAX_PAGE, problems);
        int size = number(sizeText, "size", PageQuery.DEFAULT_SIZE, 1, PageQuery.MAX_SIZE, problems);
        PageQuery.Order order = null;
        if (sortText != null && !sortText.isBlank()) {
            String sort = sortText.strip();
            boolean descending = sort.startsWith("-");
            String field = descending ? sort.substring(1) : sort;
            if (sortable.contains(field)) {
                order = new PageQuery.Order(field, descending);
            } else if (sortable.isEmpty()) {
                problems.add(new FieldProblem("sort", "validation.sort-none"));
            } else {
                problems.add(new FieldProblem("sort", "validation.sort-unknown", String.join(", ", sortable)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new PageQuery(page, size, order, path, otherParameters(rawQuery));
    }

    private static int number(String text, String field, int absent, int min, int max, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "typeMismatch.java.lang.Integer"));
            return absent;
        }
        if (value < min || value > max) {
            problems.add(new FieldProblem(field, "validation.range", min, max));
            return absent;
        }
        return (int) value;
    }

    /** The raw query without page and size, which each link sets anew. */
    private static String otherParameters(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        String kept = String.join(
                "&",
                Arrays.stream(rawQuery.split("&"))
                        .filter(pair -> !pair.isEmpty())
                        .filter(pair -> {
                            String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                            return !name.equals("page") && !name.equals("size");
                        })
                        .toList());
        return kept.isEmpty() ? null : kept;
    }
}
