package dev.kantor.platform.notifications;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.kantor.platform.security.CurrentUser;
import dev.kantor.platform.security.KantorUser;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Opening a page marks read what links to it: whoever opens the case a customer wrote on, or
 * their approvals, has seen what the bell told them of, however they got there. Pages only:
 * htmx's partial requests (the bell's own count among them) and the API leave notifications be.
 */
@Configuration
class ReadOnOpen implements WebMvcConfigurer, HandlerInterceptor {

    private final Notifications notifications;

    ReadOnOpen(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .excludePathPatterns(
                        "/api/**",
                        "/notifications/**",
                        "/portal/**",
                        "/webjars/**",
                        "/css/**",
                        "/js/**",
                        "/actuator/**",
                        "/v3/**",
                        "/swagger-ui/**",
                        "/error");
    }

    @Override
    public void postHandle(
            HttpServletRequest request,
            HttpServletResponse response,
            Object handler,
            org.springframework.web.servlet.ModelAndView view) {
        if (!"GET".equals(request.getMethod())
                || request.getHeader("HX-Request") != null
                || response.getStatus() != HttpServletResponse.SC_OK) {
            return;
        }
        Long me = CurrentUser.get().map(KantorUser::employeeId).orElse(null);
        if (me != null) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (path.length() <= 300) {
                notifications.markReadAt(me, path);
            }
        }
    }
}
