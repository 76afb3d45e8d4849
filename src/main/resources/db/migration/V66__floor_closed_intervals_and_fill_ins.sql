-- The floor tells other modules, once, how each 15-minute interval of a queue was covered when it is over,
-- and how long each fill-in ran when it is over: a row here is the claim of the node that said so (its key
-- makes a second node's claim fail), so that the fact is published once across nodes.
create table floor_closed_interval (
    queue_id       bigint  not null,
    interval_start timestamp with time zone not null,
    interval_end   timestamp with time zone not null,
    required       integer not null,
    staffed        integer not null,
    closed_at      timestamp with time zone not null,
    primary key (queue_id, interval_start)
);

create table floor_ended_fill_in (
    fill_in_id bigint  primary key,
    minutes    integer not null,
    closed_at  timestamp with time zone not null
);
