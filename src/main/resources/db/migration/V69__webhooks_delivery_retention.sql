-- The daily clean-up of the delivery log: a row per day claims the run, so that on several nodes one
-- of them deletes (the others find the day claimed), and says what it deleted.
create table webhook_retention_run (
    run_on           date         primary key,
    claimed_by       varchar(200) not null,
    started_at       timestamp with time zone not null,
    finished_at      timestamp with time zone,
    delivered_deleted integer     not null default 0,
    given_up_deleted  integer     not null default 0
);

-- Deliveries that never got through are found by their age.
create index webhook_delivery_created on webhook_delivery (delivered_at, created_at);
