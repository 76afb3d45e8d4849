package dev.kantor.staffing;

import java.util.Set;

import dev.kantor.cases.Channel;

/** How contacts reach a work queue. */
public enum QueueChannel {
    PHONE,
    FRONT_DESK,
    CHAT,
    /** Written contacts, answered later by mail: e-mails, and the portal's form. */
    EMAIL;

    /**
     * The cases that count as this queue's contacts in its history: every channel a case can have belongs to one
     * queue channel, so that no contact is forecast nowhere and none twice. The portal's form (WEB) is written work
     * answered by mail, as e-mail is; the portal's live chat (CHAT) has its own queue.
     */
    public Set<Channel> caseChannels() {
        return switch (this) {
            case PHONE -> Set.of(Channel.PHONE);
            case FRONT_DESK -> Set.of(Channel.WALK_IN);
            case CHAT -> Set.of(Channel.CHAT);
            case EMAIL -> Set.of(Channel.EMAIL, Channel.WEB);
        };
    }
}
