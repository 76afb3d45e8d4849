package dev.kantor.cases.attachments;

import java.util.List;

import dev.kantor.platform.FieldProblem;
import dev.kantor.platform.InvalidInput;

/**
 * Files that were not kept: too large or too many ({@link #tooLarge()}, HTTP 413), or of a kind
 * Kantor does not keep (HTTP 415). Nothing of the message they came with was written either.
 */
public class AttachmentRefused extends InvalidInput {

    private final boolean tooLarge;

    AttachmentRefused(boolean tooLarge, String messageKey, Object... args) {
        super(List.of(new FieldProblem(CaseAttachments.FIELD, messageKey, args)));
        this.tooLarge = tooLarge;
    }

    /** Too large or too many, rather than of the wrong kind. */
    public boolean tooLarge() {
        return tooLarge;
    }
}
