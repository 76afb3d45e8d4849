package dev.kantor.policies.acknowledgements;

import java.time.Clock;
import java.util.List;

import dev.kantor.platform.notifications.Notice;
import dev.kantor.platform.notifications.Notifications;
import dev.kantor.policies.PolicyVersionPublished;
import dev.kantor.policies.handbook.PolicyStore;
import dev.kantor.policies.handbook.StoredVersion;
import dev.kantor.policies.rules.Person;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Everyone a published version applies to finds "a new policy to acknowledge" under the bell, with the policy's
 * title in their language and a link to their policies: once per person and version, however often the event is
 * delivered. Told after the publication, so that HR's answer does not wait for thousands of notices.
 */
@Component
class PolicyNotices {

    static final String KIND = "POLICY";

    private final VersionAudience audience;
    private final PolicyStore store;
    private final Notifications notifications;
    private final Clock clock;

    PolicyNotices(VersionAudience audience, PolicyStore store, Notifications notifications, Clock clock) {
        this.audience = audience;
        this.store = store;
        this.notifications = notifications;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PolicyVersionPublished published) {
        StoredVersion version = store.version(published.versionId()).orElse(null);
        if (version == null) {
            return;
        }
        String title = Notice.inLanguages(version.titleEn(), version.titleIdn());
        for (Person person : audience.of(published)) {
            notifications.notify(new Notice(
                    eventKey(published.versionId(), person.employeeId()),
                    person.employeeId(),
                    KIND,
                    "notice.policy-published",
                    List.of(title),
                    "/policies/mine",
                    clock.instant()));
        }
    }

    static String eventKey(long versionId, long employeeId) {
        return "policy:" + versionId + ":" + employeeId;
    }
}
