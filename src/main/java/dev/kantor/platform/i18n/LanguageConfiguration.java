package dev.kantor.platform.i18n;

import java.time.Duration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language is chosen with {@code ?lang=en|id} on any page and kept in a cookie for a year;
 * until then, the browser's preference decides.
 */
@Configuration
class LanguageConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "kantor-language";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> Languages.bestOf(request.getLocales()));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch(localeResolver()));
    }

    /**
     * Switches to a supported language named in the {@code lang} parameter; ignores others. Reading a request's
     * parameters parses its body, and a body that claims to be multipart but is not must reach its handler's
     * refusal (400), not fail here with a 500.
     */
    static final class LanguageSwitch implements HandlerInterceptor {

        private final LocaleResolver resolver;

        LanguageSwitch(LocaleResolver resolver) {
            this.resolver = resolver;
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String lang;
            try {
                lang = request.getParameter("lang");
            } catch (RuntimeException unreadable) {
                // the body could not be read as the parameters it claims to be: its handler answers that
                lang = null;
            }
            Languages.of(lang).ifPresent(locale -> resolver.setLocale(request, response, locale));
            return true;
        }
    }
}
