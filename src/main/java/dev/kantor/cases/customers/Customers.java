package dev.kantor.cases.customers;

import org.springframework.data.repository.ListCrudRepository;

/** Customers as stored; new ones are written by intake, with plain SQL. */
public interface Customers extends ListCrudRepository<Customer, Long> {}
