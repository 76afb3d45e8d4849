package dev.kantor.people;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Positions extends ListCrudRepository<Position, Long> {

    Optional<Position> findByCode(String code);

    long countByDepartmentIdAndActiveTrue(long departmentId);
}
