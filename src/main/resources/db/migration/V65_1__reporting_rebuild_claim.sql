-- The rebuild running now, if any: one row claimed before a rebuild starts and removed when it ends, so that
-- one rebuild runs at a time across nodes (a claim older than an hour is taken to be a node that died).
create table reporting_rebuild (
    name       varchar(40)  primary key,
    started_at timestamp with time zone not null,
    started_by varchar(60)  not null
);
