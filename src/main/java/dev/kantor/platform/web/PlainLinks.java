package dev.kantor.platform.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links on pages are written as the templates say them. Spring Boot turns on its resource-URL encoding filter
 * because webjars-locator-lite is present; that filter looked every {@code @{...}} link of every page up on the class
 * path, to give it a versioned address, and a page's link is no file, so each miss searched the jars again: a queue
 * page of fifty rows paid a hundred class-path searches, most of its time. Webjars are served by their versionless
 * addresses ({@code /webjars/htmx.org/dist/htmx.min.js}) without it.
 */
@Configuration(proxyBeanMethods = false)
class PlainLinks {

    /** Boot's filter, registered as off: a disabled registration keeps the bean from being added as a filter. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingOff(
            ObjectProvider<ResourceUrlEncodingFilter> filter) {
        FilterRegistrationBean<ResourceUrlEncodingFilter> off =
                new FilterRegistrationBean<>(filter.getIfAvailable(ResourceUrlEncodingFilter::new));
        off.setEnabled(false);
        return off;
    }
}
