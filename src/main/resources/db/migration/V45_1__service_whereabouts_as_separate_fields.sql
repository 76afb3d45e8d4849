-- where an employee can be found, as separate fields a colleague reads at a glance: desk or counter, floor, phone
-- extension, and the day they work remotely ("remote today" is true only on that day, so it lapses by itself).
-- The one free-text line kept so far becomes the desk/counter text; the line itself stays, written as the fields
-- put together, for anything that still reads it.
alter table employee add column desk varchar(120);
alter table employee add column floor_name varchar(40);
alter table employee add column phone_extension varchar(20);
alter table employee add column remote_on date;
update employee set desk = whereabouts where whereabouts is not null;
