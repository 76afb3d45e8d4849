package dev.kantor.cases.canned;

/**
 * The canned reply form.
 *
 * @param keptFor PERSONAL or TEAM; only managers and admins may choose TEAM
 */
public record CannedReplyForm(String title, String textEn, String textId, String keptFor, Integer version) {

    static CannedReplyForm empty() {
        return new CannedReplyForm(null, null, null, "PERSONAL", null);
    }

    static CannedReplyForm of(CannedReply r) {
        return new CannedReplyForm(r.title(), r.textEn(), r.textId(), r.personal() ? "PERSONAL" : "TEAM", r.version());
    }

    CannedReplies.Draft draft() {
        return new CannedReplies.Draft(title, textEn, textId, !"TEAM".equals(keptFor));
    }
}
