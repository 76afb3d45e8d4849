-- the event an entry was written from, such as 'handoff:42:accepted': an event delivered twice writes once
alter table case_entry add column origin varchar(80);
create unique index case_entry_origin on case_entry (origin);
