package dev.kantor.people;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Skills extends ListCrudRepository<Skill, Long> {

    Optional<Skill> findByCode(String code);
}
