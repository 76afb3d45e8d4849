-- Scheduling: problems being solved in the background. A job lives here rather than in one node's
-- memory, so that any node answers for it, a stop asked of any node reaches the one solving it, and a
-- node that died is noticed (its job's updated_at stops moving). Problems and answers are JSON in the
-- format of scheduling/README.md.

create table scheduling_job (
    id                       uuid         not null primary key,
    -- QUEUED, SOLVING, SOLVED, STOPPED or FAILED
    status                   varchar(10)  not null,
    submitted_by             varchar(60)  not null,
    problem                  text         not null,
    -- the best answer so far, and the independent checker's verdict on it
    answer                   text,
    verdict                  text,
    paid_minutes             bigint,
    lower_bound_paid_minutes bigint,
    shortfall_count          integer,
    short_agent_intervals    bigint,
    -- the node solving it (process and host), while it does
    node                     varchar(200),
    stop_requested           boolean      not null default false,
    -- why a job failed, as a code (node-lost, solver-error)
    failure                  varchar(200),
    submitted_at             timestamp with time zone not null,
    started_at               timestamp with time zone,
    -- moved by the solving node at least every few seconds while it solves
    updated_at               timestamp with time zone not null,
    finished_at              timestamp with time zone
);
create index scheduling_job_by_status on scheduling_job (status, submitted_at);
create index scheduling_job_by_submitter on scheduling_job (submitted_by, status);
