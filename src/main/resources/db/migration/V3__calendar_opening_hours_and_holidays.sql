-- When the business is open; service targets count time only then.
create table business_hours (
    day_of_week varchar(10) primary key,
    opens       time not null,
    closes      time not null
);
-- a sensible start, changed by admins on the calendar page
insert into business_hours (day_of_week, opens, closes) values
    ('MONDAY', '08:00', '17:00'), ('TUESDAY', '08:00', '17:00'), ('WEDNESDAY', '08:00', '17:00'),
    ('THURSDAY', '08:00', '17:00'), ('FRIDAY', '08:00', '17:00'), ('SATURDAY', '09:00', '14:00');

create table public_holiday (
    holiday date primary key,
    name_en varchar(100) not null,
    name_id varchar(100) not null
);
