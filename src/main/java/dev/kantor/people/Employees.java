package dev.kantor.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Employees extends ListCrudRepository<Employee, Long> {

    Optional<Employee> findByEmail(String email);

    Optional<Employee> findByEmployeeNumber(String employeeNumber);

    long countByManagerIdAndActiveTrue(long managerId);

    long countByPositionIdAndActiveTrue(long positionId);

    List<Employee> findByManagerIdOrderByFullName(long managerId);
}
