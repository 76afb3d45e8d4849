package dev.kantor.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own refusals, made before Kantor sees a request (a NUL character in the address, an
 * address or headers too long to read), answer API callers with problem details in their
 * language instead of Tomcat's HTML page; so does a request too long to read its address from.
 * Other addresses keep Tomcat's page, without its version or stack traces.
 */
class ApiErrorReportValve extends ErrorReportValve {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ApiErrorReportValve(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        // a request line too long to read leaves no address: whoever sent it reads problem details too
        String uri = request.getRequestURI();
        if (uri != null && !ProblemAnswers.isApi(request.getContextPath(), uri)) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        try {
            String problem = json.writeValueAsString(ProblemAnswers.of(status, messages, locale(request)));
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(problem);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the answer already started: nothing more can be said
        }
    }

    private Locale locale(Request request) {
        try {
            return locales.resolveLocale(request);
        } catch (RuntimeException e) {
            return Locale.ENGLISH;
        }
    }
}
