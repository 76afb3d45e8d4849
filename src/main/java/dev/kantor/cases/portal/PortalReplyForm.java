package dev.kantor.cases.portal;

import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * A customer's answer on their case page.
 *
 * @param files photos, receipts and documents sent with it; an empty file field sends one empty part
 */
public record PortalReplyForm(String text, List<MultipartFile> files) {

    static PortalReplyForm empty() {
        return new PortalReplyForm(null, null);
    }
}
