-- Reporting keeps its own figures, written from the modules' events and rebuilt from their query APIs;
-- it never reads another module's tables.

-- each case as it last counted: its dimensions and measures (0 or 1 each), so that a change replaces its
-- contribution to the day's roll-ups, and the list behind a figure is read from here
create table reporting_case (
    case_id            bigint       primary key,
    reference          varchar(20)  not null,
    on_day              date         not null,
    topic              varchar(40)  not null,
    channel            varchar(12)  not null,
    case_type          varchar(12)  not null,
    department_id      bigint       not null,
    office             varchar(8)   not null,
    outcome            varchar(20)  not null,
    employee_id        bigint       not null,
    opened             integer      not null,
    responded_met      integer      not null,
    responded_breached integer      not null,
    resolved_met       integer      not null,
    resolved_breached  integer      not null,
    resolved           integer      not null,
    first_contact      integer      not null,
    complaints         integer      not null,
    rated              integer      not null,
    rating_sum         integer      not null,
    within_authority   integer      not null,
    sent_for_approval  integer      not null
);
create index reporting_case_day on reporting_case (on_day, topic, channel);
create index reporting_case_employee on reporting_case (employee_id, on_day);

-- the day's cases per topic, channel, type, serving department and office and complaint outcome
create table reporting_service_day (
    on_day              date         not null,
    topic              varchar(40)  not null,
    channel            varchar(12)  not null,
    case_type          varchar(12)  not null,
    department_id      bigint       not null,
    office             varchar(8)   not null,
    outcome            varchar(20)  not null,
    opened             bigint       not null,
    responded_met      bigint       not null,
    responded_breached bigint       not null,
    resolved_met       bigint       not null,
    resolved_breached  bigint       not null,
    resolved           bigint       not null,
    first_contact      bigint       not null,
    complaints         bigint       not null,
    rated              bigint       not null,
    rating_sum         bigint       not null,
    within_authority   bigint       not null,
    sent_for_approval  bigint       not null,
    primary key (on_day, topic, channel, case_type, department_id, office, outcome)
);

-- the day's cases per employee who served them (for "my figures")
create table reporting_employee_day (
    on_day              date         not null,
    employee_id        bigint       not null,
    opened             bigint       not null,
    responded_met      bigint       not null,
    responded_breached bigint       not null,
    resolved_met       bigint       not null,
    resolved_breached  bigint       not null,
    resolved           bigint       not null,
    first_contact      bigint       not null,
    complaints         bigint       not null,
    rated              bigint       not null,
    rating_sum         bigint       not null,
    within_authority   bigint       not null,
    sent_for_approval  bigint       not null,
    primary key (employee_id, on_day)
);

-- handoffs by the day they started
create table reporting_handoff_day (
    on_day          date   not null primary key,
    started        bigint not null,
    accepted       bigint not null,
    accept_seconds bigint not null,
    queued         bigint not null
);

-- when each handoff started, for the time to accept
create table reporting_handoff (
    handoff_id bigint primary key,
    on_day      date   not null,
    started_at timestamp with time zone not null
);

-- every event reporting counted, by its identity, so that an event delivered twice counts once
create table reporting_event (
    event_key  varchar(120) primary key,
    counted_at timestamp with time zone not null
);
