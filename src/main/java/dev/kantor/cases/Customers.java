package dev.kantor.cases;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Customers extends ListCrudRepository<Customer, Long> {

    /** The newest customer with this address. Written out: a derived query is rebuilt on every call. */
    @Query("select * from customer where email = :email order by id desc limit 1")
    Optional<Customer> findNewestByEmail(String email);
}
