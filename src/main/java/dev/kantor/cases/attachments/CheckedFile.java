package dev.kantor.cases.attachments;

import dev.kantor.platform.files.FileType;

import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded file that passed the checks and may be kept: its kind was told from its content.
 *
 * @param fileName the name it was sent with, without any folder, as it is shown and downloaded
 */
public record CheckedFile(MultipartFile content, String fileName, FileType type, long size) {}
