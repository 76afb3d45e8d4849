package dev.kantor.cases;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Customers extends ListCrudRepository<Customer, Long> {

    Optional<Customer> findFirstByEmailOrderByIdDesc(String email);
}
