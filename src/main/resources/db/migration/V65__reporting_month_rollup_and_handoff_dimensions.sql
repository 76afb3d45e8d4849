-- The month's cases per topic, channel, serving department, office and complaint outcome: a year's view reads
-- twelve months of these and the days at its edges, not 365 days of reporting_service_day. A complaint is a
-- row whose outcome is not '-', so the case type is not kept here.
create table reporting_service_month (
    on_month           date         not null,
    topic              varchar(40)  not null,
    channel            varchar(12)  not null,
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
    primary key (on_month, topic, channel, department_id, office, outcome)
);
insert into reporting_service_month (on_month, topic, channel, department_id, office, outcome, opened, responded_met,
    responded_breached, resolved_met, resolved_breached, resolved, first_contact, complaints, rated, rating_sum,
    within_authority, sent_for_approval)
select cast(date_trunc('month', on_day) as date), topic, channel, department_id, office, outcome, sum(opened),
    sum(responded_met), sum(responded_breached), sum(resolved_met), sum(resolved_breached), sum(resolved),
    sum(first_contact), sum(complaints), sum(rated), sum(rating_sum), sum(within_authority), sum(sent_for_approval)
from reporting_service_day
group by cast(date_trunc('month', on_day) as date), topic, channel, department_id, office, outcome;

-- each handoff as it last counted, with the dimensions the dashboard filters by: the topic and channel of its
-- case and the department of whoever handed it over ('NONE' and 0 for handoffs counted before these were kept)
alter table reporting_handoff add column topic varchar(40) not null default 'NONE';
alter table reporting_handoff add column channel varchar(12) not null default 'NONE';
alter table reporting_handoff add column department_id bigint not null default 0;
alter table reporting_handoff add column accepted integer not null default 0;
alter table reporting_handoff add column accept_seconds bigint not null default 0;
alter table reporting_handoff add column queued integer not null default 0;

-- handoffs by the day they started and those dimensions
create table reporting_handoff_dimensions_day (
    on_day         date        not null,
    topic          varchar(40) not null,
    channel        varchar(12) not null,
    department_id  bigint      not null,
    started        bigint      not null,
    accepted       bigint      not null,
    accept_seconds bigint      not null,
    queued         bigint      not null,
    primary key (on_day, topic, channel, department_id)
);
insert into reporting_handoff_dimensions_day (on_day, topic, channel, department_id, started, accepted, accept_seconds,
    queued)
select on_day, 'NONE', 'NONE', 0, started, accepted, accept_seconds, queued from reporting_handoff_day;
drop table reporting_handoff_day;
alter table reporting_handoff_dimensions_day rename to reporting_handoff_day;
