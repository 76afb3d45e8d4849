package dev.kantor.staffing.history;

import org.springframework.web.multipart.MultipartFile;

/**
 * The history import form as the page shows it: one file field, always empty, since a page can
 * never fill in a file. The upload itself arrives as a request part (see {@link HistoryController}).
 */
class HistoryUpload {

    public MultipartFile getFile() {
        return null;
    }
}
