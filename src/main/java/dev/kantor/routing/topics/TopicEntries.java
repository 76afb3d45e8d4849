package dev.kantor.routing.topics;

import org.springframework.data.repository.ListCrudRepository;

interface TopicEntries extends ListCrudRepository<TopicEntry, String> {}
