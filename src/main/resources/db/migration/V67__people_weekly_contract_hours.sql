-- The hours a week each employee's contract asks, against which "my figures" and HR set the hours worked.
-- Everyone recorded so far (the demo company among them) works the standard 40-hour week until HR says otherwise.
alter table employee add column weekly_contract_hours numeric(4, 1) default 40 not null;
