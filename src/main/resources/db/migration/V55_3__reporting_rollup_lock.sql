-- One row whose lock a rebuild holds from start to end, and each count of a case event for its moment:
-- a rebuild never meets an event's count half way, on one node or many.
create table reporting_lock (
    name varchar(40) primary key
);
insert into reporting_lock (name) values ('rollups');
