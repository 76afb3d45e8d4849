package dev.kantor.cases;

import org.springframework.data.repository.ListCrudRepository;

interface Customers extends ListCrudRepository<Customer, Long> {
}
