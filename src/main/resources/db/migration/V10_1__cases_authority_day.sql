-- What each employee carried out or approved per kind of action and business day. A proposal or an
-- approval adds its amount here with one conditional update, in the transaction that carries the
-- action out, so that actions at the same moment (on any node) never pass the daily limit together.
create table authority_day (
    employee_id  bigint      not null,
    action_type  varchar(20) not null,
    business_day date        not null,
    used         bigint      not null,
    primary key (employee_id, action_type, business_day)
);

-- a day's row starts from what the employee already decided that day
create index resolution_action_decided on resolution_action (decided_by, action_type, decided_at);
