package dev.kantor.cases.portal;

import java.util.List;
import java.util.Locale;

import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.NewCase;

import org.springframework.web.multipart.MultipartFile;

/**
 * The portal's form for a new question, request or complaint, as the browser sends it.
 *
 * @param type    the name of a {@link CaseType}; kept as text so that a tampered value is
 *                reported next to the field instead of failing the whole request
 * @param website the honeypot: hidden from people, so only a robot fills it in
 * @param files   photos, receipts and documents sent with the message
 */
public record PortalCaseForm(
        String customerName,
        String email,
        String phone,
        String topic,
        String type,
        String subject,
        String message,
        String website,
        List<MultipartFile> files) {

    static PortalCaseForm empty() {
        return new PortalCaseForm(null, null, null, null, null, null, null, null, null);
    }

    boolean filledInByRobot() {
        return website != null && !website.isBlank();
    }

    /** The case to open; the customer writes in the language the page is shown in. */
    NewCase toNewCase(String language) {
        return new NewCase(
                customerName, email, phone, language, Channel.WEB, caseType(), topic, null, subject, message);
    }

    CaseType caseType() {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return CaseType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
