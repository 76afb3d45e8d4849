-- Service targets become editable by managers: two of them changing one target at once must not lose a change.
alter table sla_target add column version integer not null default 0;
