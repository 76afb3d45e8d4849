package dev.kantor.people;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Departments extends ListCrudRepository<Department, Long> {

    Optional<Department> findByCode(String code);
}
