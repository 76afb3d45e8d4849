-- who has a case's page open, kept alive by the page's heartbeat: any node answers "who else is looking"
create table case_viewer (
    case_id     bigint    not null references customer_case (id),
    employee_id bigint    not null,
    seen_at     timestamp with time zone not null,
    primary key (case_id, employee_id)
);
create index case_viewer_seen on case_viewer (seen_at);
