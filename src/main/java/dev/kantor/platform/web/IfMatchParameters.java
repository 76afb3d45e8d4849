package dev.kantor.platform.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.platform.InvalidInput;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A change that takes its version as the {@code version} parameter (a delete, say) may name it in
 * {@code If-Match} instead: the header's version stands in for a missing parameter. Both, naming two
 * versions, are refused with 412 before the change is tried ({@link VersionMismatch}); an If-Match that
 * is no version at all is a 400 naming it.
 */
@Configuration(proxyBeanMethods = false)
class IfMatchParameters implements WebMvcConfigurer, HandlerInterceptor {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String REFUSAL = IfMatchParameters.class.getName() + ".refusal";

    @Bean
    OncePerRequestFilter ifMatchVersionParameter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !CHANGES.contains(request.getMethod())
                        || request.getHeader(VersionTags.IF_MATCH) == null
                        || !ProblemAnswers.isApi(request.getContextPath(), request.getRequestURI());
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Integer ifMatch;
                try {
                    ifMatch = VersionTags.ifMatch(request.getHeader(VersionTags.IF_MATCH));
                } catch (InvalidInput e) {
                    request.setAttribute(REFUSAL, e);
                    chain.doFilter(request, response);
                    return;
                }
                String sent = request.getParameter("version");
                if (ifMatch == null) {
                    chain.doFilter(request, response);
                } else if (sent == null) {
                    chain.doFilter(withVersion(request, ifMatch), response);
                } else {
                    if (!sent.strip().equals(ifMatch.toString())) {
                        long other;
                        try {
                            other = Long.parseLong(sent.strip());
                        } catch (NumberFormatException e) {
                            other = -1;
                        }
                        request.setAttribute(REFUSAL, new VersionMismatch(ifMatch, other));
                    }
                    chain.doFilter(request, response);
                }
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    /** Refuses in the handler's name, so that the API's problem answers say why. */
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(REFUSAL) instanceof RuntimeException refusal) {
            throw refusal;
        }
        return true;
    }

    private static HttpServletRequest withVersion(HttpServletRequest request, int version) {
        Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
        parameters.put("version", new String[] {Integer.toString(version)});
        Map<String, String[]> all = Collections.unmodifiableMap(parameters);
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                String[] values = all.get(name);
                return values == null || values.length == 0 ? null : values[0];
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return all;
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(all.keySet());
            }

            @Override
            public String[] getParameterValues(String name) {
                return all.get(name);
            }
        };
    }
}
