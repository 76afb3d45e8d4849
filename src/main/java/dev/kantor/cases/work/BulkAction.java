package dev.kantor.cases.work;

/** What the queue does to many cases at once, each as it would to one. */
public enum BulkAction {
    /** Hand each case to an employee. */
    ASSIGN,
    /** Take each case oneself. */
    TAKE,
    /** Put each case back in the queue with nobody owning it. */
    UNASSIGN,
    /** Set each case's status by hand. */
    CHANGE_STATUS
}
