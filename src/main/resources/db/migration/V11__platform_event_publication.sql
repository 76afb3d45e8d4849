-- Spring Modulith's event publication registry: an event a module publishes is written here in the
-- publisher's transaction, one row per listener, and completed when that listener has handled it, so
-- that an event outlives a crash and is delivered again. Portable form of Modulith's own schema (v2).
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(8000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_incomplete on event_publication (completion_date, publication_date);
