package dev.kantor.cases.customercase;

import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.stereotype.Component;

/**
 * Writes the status, owner and priority changes of every saved case, with the version saving
 * made, in the same transaction: whichever service changed the case, the change is on record.
 */
@Component
class FieldChangeLog implements AfterSaveCallback<CustomerCase> {

    private final FieldChanges changes;

    FieldChangeLog(FieldChanges changes) {
        this.changes = changes;
    }

    @Override
    public CustomerCase onAfterSave(CustomerCase saved) {
        changes.record(saved.savedChanges(saved.getVersion()));
        return saved;
    }
}
