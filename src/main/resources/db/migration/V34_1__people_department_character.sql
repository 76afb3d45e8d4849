-- Whether a department is primarily front office, back office or hybrid, as HR declares it; null
-- until declared.
alter table department add column office_character varchar(10);
