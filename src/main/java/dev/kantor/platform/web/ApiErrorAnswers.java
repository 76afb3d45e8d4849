package dev.kantor.platform.web;

import java.io.IOException;
import java.util.Map;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refusal of an API address is problem details in the caller's language, also those no
 * endpoint makes: refusals on the error path ({@code /error}: Spring Security's firewall, a
 * failure outside any controller) and Tomcat's own ({@link ApiErrorReportValve}). Pages keep
 * their error page.
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorAnswers {

    @Bean
    BasicErrorController basicErrorController(
            ErrorAttributes attributes,
            WebProperties web,
            ObjectProvider<ErrorViewResolver> resolvers,
            MessageSource messages,
            JsonMapper json) {
        return new ApiAwareErrorController(attributes, web, resolvers, messages, json);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReports(
            MessageSource messages, LocaleResolver locales, JsonMapper json) {
        return new ApiErrorReports(messages, locales, json);
    }

    /** Puts {@link ApiErrorReportValve} in the place of Tomcat's error report valve. */
    static final class ApiErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final MessageSource messages;
        private final LocaleResolver locales;
        private final JsonMapper json;

        ApiErrorReports(MessageSource messages, LocaleResolver locales, JsonMapper json) {
            this.messages = messages;
            this.locales = locales;
            this.json = json;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Container host = context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(ApiErrorReportValve.class.getName());
                }
                host.getPipeline().addValve(new ApiErrorReportValve(messages, locales, json));
            });
        }

        /** After Spring Boot's own customizer, which adds Tomcat's valve. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** Spring Boot's error controller, except that API addresses get problem details, whatever they accept. */
    static final class ApiAwareErrorController extends BasicErrorController {

        private final MessageSource messages;
        private final JsonMapper json;

        ApiAwareErrorController(
                ErrorAttributes attributes,
                WebProperties web,
                ObjectProvider<ErrorViewResolver> resolvers,
                MessageSource messages,
                JsonMapper json) {
            super(attributes, web.getError(), resolvers.orderedStream().toList());
            this.messages = messages;
            this.json = json;
        }

        @Override
        public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
            if (!isApi(request)) {
                return super.errorHtml(request, response);
            }
            int status = getStatus(request).value();
            try {
                response.setStatus(status);
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(json.writeValueAsString(problem(status)));
            } catch (IOException e) {
                // the caller has gone
            }
            return null;
        }

        @Override
        public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
            if (!isApi(request)) {
                return super.error(request);
            }
            int status = getStatus(request).value();
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem(status));
        }

        private Map<String, Object> problem(int status) {
            return ProblemAnswers.of(status, messages, LocaleContextHolder.getLocale());
        }

        private static boolean isApi(HttpServletRequest request) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            return ProblemAnswers.isApi(
                    request.getContextPath(), uri == null ? request.getRequestURI() : uri.toString());
        }
    }
}
