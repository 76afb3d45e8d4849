package dev.kantor.cases.views;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Saved views as stored; every read names the owner, so nobody reads another person's views. */
interface SavedViews extends ListCrudRepository<SavedView, Long> {

    List<SavedView> findByOwnerUsernameOrderByNameKey(String ownerUsername);

    Optional<SavedView> findByIdAndOwnerUsername(long id, String ownerUsername);

    Optional<SavedView> findByOwnerUsernameAndNameKey(String ownerUsername, String nameKey);

    long countByOwnerUsername(String ownerUsername);
}
