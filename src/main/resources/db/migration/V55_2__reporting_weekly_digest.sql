-- Managers who asked for the weekly digest, in the language they asked in
create table reporting_digest_subscription (
    employee_id   bigint      primary key,
    language      varchar(5)  not null,
    subscribed_at timestamp with time zone not null
);

-- one digest per recipient per week, whichever node sends it: the row is claimed before the mail is queued
create table reporting_digest_sent (
    employee_id bigint not null,
    week_start  date   not null,
    sent_at     timestamp with time zone not null,
    primary key (employee_id, week_start)
);
