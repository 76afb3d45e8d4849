package dev.kantor.platform.i18n;

import java.net.URI;

import dev.kantor.platform.web.BackAddress;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** Switches language from the menu (the interceptor sets the cookie) and returns to the page. */
@Controller
class LanguageController {

    @GetMapping("/language")
    String switchLanguage(@RequestHeader(name = "Referer", required = false) String referer) {
        return BackAddress.redirect(sameSitePath(referer), "/");
    }

    /** Only the path and query of the referring page, so the switch can never redirect off-site. */
    static String sameSitePath(String referer) {
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || path.isEmpty() || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            String query =
                    uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery().replaceAll("(^|&)lang=[^&]*", "");
            return path + ("?".equals(query) ? "" : query);
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
