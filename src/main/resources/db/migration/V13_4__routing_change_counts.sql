-- Routing: how many times what each node keeps in memory has changed. A node notes the count it read
-- its copy at and reads the copy again once the count moved, so that a change made on one node (a
-- topic edited) or heard of there (someone's skills changed) reaches every node.
create table routing_change (
    subject varchar(40) primary key,
    changes bigint      not null default 0
);
insert into routing_change (subject) values ('topics'), ('qualifications');
