package dev.kantor.cases.customercase;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Cases as stored; new ones are written by intake (see {@code NewCases}), changes through here. */
public interface Cases extends ListCrudRepository<CustomerCase, Long> {

    Optional<CustomerCase> findByAccessToken(String accessToken);

    Optional<CustomerCase> findByReference(String reference);
}
