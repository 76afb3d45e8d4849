package dev.kantor.policies;

/**
 * Writing the company's handbook: policies and their versions (drafts until published), management's decision
 * per category and a manager's sign-off of versions that differ by environment. HR and admins write and publish;
 * managers and admins decide per category, and a manager (or admin) signs off a decision to differ by environment. The demo company's handbook is loaded through it.
 */
public interface Handbook {

    /** A new policy of a category, with its first version as a draft. */
    PolicyVersionRef newPolicy(PolicyCategory category, PolicyDraft draft);

    /** A new draft version of a policy; its published versions stay as they are, and readable. */
    PolicyVersionRef newVersion(long policyId, PolicyDraft draft);

    /** Management's decision for a category: equal for all, or allowed to differ by environment. */
    void decide(PolicyCategory category, Approach approach, String reason);

    /**
     * A manager signs off management's decision that a category differs by environment: only then are versions for
     * an environment published in it.
     */
    void signOff(PolicyCategory category, int expectedVersion);

    /**
     * A manager (or admin) signs off a draft whose scope is narrower than everyone, as it stands: who and when are
     * kept on the version and audited. Changing the draft's content afterwards clears the sign-off.
     */
    PolicyVersionRef signOffVersion(long versionId, int expectedVersion);

    /**
     * Publishes a draft: refused while it would conflict with a published version, and, for a version scoped to an
     * environment, unless its category is decided to differ by environment, that decision is signed off and a
     * manager signed off the version itself.
     * Everyone it applies to is asked to acknowledge it ({@link PolicyVersionPublished}).
     */
    PolicyVersionRef publish(long versionId, int expectedVersion);
}
