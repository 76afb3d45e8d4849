-- the highest share of contacts a queue accepts to see give up, in percent (Erlang A only)
alter table work_queue add column max_abandon double precision;
