package dev.kantor.platform.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The sessions a person is signed in with, kept in the database by Spring Session, so that
 * ending them here ends them on every node: the next request with such a session's cookie finds
 * no sign-in, whichever node serves it.
 */
@Component
class SignedInSessions {

    private final FindByIndexNameSessionRepository<?> sessions;

    SignedInSessions(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of this account once the change that asks for it is committed. */
    void endAll(String username) {
        endAllBut(username, null);
    }

    /** Ends the account's sessions except one (the one a person changed their password in). */
    void endAllBut(String username, String keptSessionId) {
        Runnable end = () -> sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keptSessionId))
                .forEach(sessions::deleteById);
        // Spring Session writes in a transaction of its own: waiting for the commit means that a
        // change which rolls back leaves everyone signed in, as they were
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end.run();
                }
            });
        } else {
            end.run();
        }
    }
}
