package dev.kantor.cases.views;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.kantor.platform.DuplicateValue;
import dev.kantor.platform.InputCheck;
import dev.kantor.platform.KantorException;
import dev.kantor.platform.security.CurrentUser;
import dev.kantor.routing.TopicCatalogue;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's saved views of the case queue: created from the filters and order they
 * look at, renamed, redefined, deleted, and one of them the view the queue opens with. Everyone
 * sees and changes only their own: another person's view is "not found", never "forbidden", so
 * that nobody learns which views exist.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('AGENT', 'MANAGER', 'ADMIN', 'STAFF')")
public class CaseViews {

    public static final int MAX_NAME = 60;
    /** As long as the queue's search field takes. */
    public static final int MAX_TEXT = 100;
    /** More views than anyone reads in a menu. */
    public static final int MAX_VIEWS = 50;

    private final SavedViews views;
    private final JdbcClient jdbc;
    private final TopicCatalogue topics;
    private final Clock clock;

    CaseViews(SavedViews views, JdbcClient jdbc, TopicCatalogue topics, Clock clock) {
        this.views = views;
        this.jdbc = jdbc;
        this.topics = topics;
        this.clock = clock;
    }

    /** The signed-in person's views, by name. */
    @Transactional(readOnly = true)
    public List<SavedView> mine() {
        return views.findByOwnerUsernameOrderByNameKey(owner());
    }

    /** One of the signed-in person's views; empty for a view that is someone else's or gone. */
    @Transactional(readOnly = true)
    public Optional<SavedView> find(long id) {
        return views.findByIdAndOwnerUsername(id, owner());
    }

    /** The view the queue opens with for the signed-in person, if they chose one. */
    @Transactional(readOnly = true)
    public Optional<Long> defaultViewId() {
        return jdbc.sql("select view_id from case_view_default where owner_username = ?")
                .param(owner())
                .query(Long.class)
                .optional();
    }

    /**
     * Saves a view of the queue. Refused naming the field: {@code name} (required, at most
     * {@value #MAX_NAME} characters, not the name of another of the person's views), {@code text}
     * (at most {@value #MAX_TEXT}), {@code topic} (one of the catalogue's); and beyond
     * {@value #MAX_VIEWS} views.
     *
     * @param makeDefault whether the queue opens with it from now on
     */
    public SavedView create(String name, ViewCriteria criteria, boolean makeDefault) {
        String owner = owner();
        check(name, criteria);
        if (views.countByOwnerUsername(owner) >= MAX_VIEWS) {
            throw KantorException.invalid("queue.views.too-many", MAX_VIEWS);
        }
        requireFreeName(owner, name, null);
        SavedView saved = store(SavedView.define(owner, name, criteria, clock.instant()), name);
        if (makeDefault) {
            setDefault(owner, saved.getId());
        }
        return saved;
    }

    /**
     * Changes one of the person's views as it was at {@code version}; what is null stays as it is.
     *
     * @param makeDefault true to open the queue with it, false to open with no saved view if it was this one
     */
    public SavedView change(long id, String name, ViewCriteria criteria, Boolean makeDefault, int version) {
        String owner = owner();
        SavedView view = own(id);
        if (!Objects.equals(view.getVersion(), version)) {
            throw KantorException.conflict("error.concurrent-change");
        }
        // a view kept as it was stays valid, even when its topic has left the catalogue since
        check(name == null ? view.getName() : name, criteria == null ? ViewCriteria.ALL_OPEN : criteria);
        if (name != null) {
            requireFreeName(owner, name, id);
            view.rename(name);
        }
        if (criteria != null) {
            view.redefine(criteria);
        }
        SavedView saved = store(view, view.getName());
        if (Boolean.TRUE.equals(makeDefault)) {
            setDefault(owner, id);
        } else if (Boolean.FALSE.equals(makeDefault)) {
            jdbc.sql("delete from case_view_default where owner_username = ? and view_id = ?")
                    .params(owner, id)
                    .update();
        }
        return saved;
    }

    /** Deletes one of the person's views; the queue then opens as if none were chosen, if it was the default. */
    public void delete(long id) {
        views.deleteById(own(id).getId());
    }

    /** The queue opens with this view of the person's from now on. */
    public void makeDefault(long id) {
        setDefault(owner(), own(id).getId());
    }

    /** The queue opens with all open cases again. */
    public void clearDefault() {
        jdbc.sql("delete from case_view_default where owner_username = ?")
                .param(owner())
                .update();
    }

    private void check(String name, ViewCriteria criteria) {
        new InputCheck()
                .required("name", name, MAX_NAME)
                .maxLength("text", criteria.text(), MAX_TEXT)
                .that(criteria.topic() == null || topics.isKnown(criteria.topic()), "topic", "validation.unknown-topic")
                .throwIfAny();
    }

    private void requireFreeName(String owner, String name, Long except) {
        views.findByOwnerUsernameAndNameKey(owner, SavedView.keyOf(name))
                .filter(other -> !other.getId().equals(except))
                .ifPresent(other -> {
                    throw new DuplicateValue("name", "queue.views.name-taken", other.getName());
                });
    }

    /** Two saves of one name at the same moment: the database lets one in, the other is told as if it came second. */
    private SavedView store(SavedView view, String name) {
        try {
            return views.save(view);
        } catch (DuplicateKeyException e) {
            throw new DuplicateValue("name", "queue.views.name-taken", name.strip());
        }
    }

    private void setDefault(String owner, long id) {
        jdbc.sql("delete from case_view_default where owner_username = ?")
                .param(owner)
                .update();
        jdbc.sql("insert into case_view_default (owner_username, view_id) values (?, ?)")
                .params(owner, id)
                .update();
    }

    private SavedView own(long id) {
        return find(id).orElseThrow(() -> KantorException.notFound("queue.views.not-found", id));
    }

    private static String owner() {
        return CurrentUser.username();
    }
}
