package dev.kantor.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Customers extends ListCrudRepository<Customer, Long> {

    Optional<Customer> findFirstByEmailOrderByIdDesc(String email);

    @Query("select * from customer where lower(full_name) like :text or email like :text or phone like :text order by full_name limit 20")
    List<Customer> search(String text);
}
