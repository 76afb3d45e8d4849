-- Asking again for an approved arrangement files a new request naming the one it replaces; the old one stays in
-- force until the new one is approved, and is then marked REPLACED.
alter table work_arrangement add column replaces_id bigint;
create index work_arrangement_replaces on work_arrangement (replaces_id);
