package dev.kantor.routing;

import org.springframework.data.repository.ListCrudRepository;

interface Topics extends ListCrudRepository<Topic, String> {
}
