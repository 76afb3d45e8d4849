package dev.kantor.cases;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Cases extends ListCrudRepository<CustomerCase, Long> {

    Optional<CustomerCase> findByAccessToken(String accessToken);

    Optional<CustomerCase> findByReference(String reference);
}
