package dev.kantor.cases.views;

import java.time.Instant;
import java.util.Locale;

import dev.kantor.cases.CaseStatus;
import dev.kantor.cases.CaseType;
import dev.kantor.cases.Channel;
import dev.kantor.cases.Priority;
import dev.kantor.cases.sla.SlaState;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One person's saved view of the case queue: a name of their choosing, the filters and the order. */
@Table("case_view")
public class SavedView {

    @Id
    private Long id;

    private String ownerUsername;
    private String name;
    /** The name as compared for uniqueness among the owner's views: "My urgent" and "my urgent " are one. */
    private String nameKey;

    private CaseStatus status;
    private Priority priority;
    private String topic;
    private Channel channel;
    private CaseType caseType;
    private SlaState sla;
    private OwnerScope ownerScope;
    private String searchText;
    private SortColumn sortBy;
    private SortDirection sortDirection;
    private Instant createdAt;

    @Version
    private Integer version;

    SavedView() {}

    static SavedView define(String ownerUsername, String name, ViewCriteria criteria, Instant now) {
        SavedView view = new SavedView();
        view.ownerUsername = ownerUsername;
        view.createdAt = now;
        view.rename(name);
        view.redefine(criteria);
        return view;
    }

    void rename(String newName) {
        name = newName.strip();
        nameKey = keyOf(newName);
    }

    void redefine(ViewCriteria criteria) {
        status = criteria.status();
        priority = criteria.priority();
        topic = criteria.topic();
        channel = criteria.channel();
        caseType = criteria.type();
        sla = criteria.sla();
        ownerScope = criteria.owner();
        searchText = criteria.text();
        sortBy = criteria.order().by();
        sortDirection = criteria.order().direction();
    }

    /** How names are compared: trimmed and in lower case. */
    static String keyOf(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public ViewCriteria criteria() {
        return new ViewCriteria(
                status,
                priority,
                topic,
                channel,
                caseType,
                sla,
                ownerScope,
                searchText,
                new QueueOrder(sortBy, sortDirection));
    }

    public Long getId() {
        return id;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Integer getVersion() {
        return version;
    }
}
