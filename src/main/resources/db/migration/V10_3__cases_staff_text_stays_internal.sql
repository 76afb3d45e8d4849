-- What staff write for each other stays internal (see CaseTimeline.customerSees).

-- whether the customer wrote the subject; one typed by an employee is never shown to the customer
alter table customer_case add column subject_by_customer boolean not null default false;
update customer_case set subject_by_customer = true
where exists (select 1 from case_entry o where o.case_id = customer_case.id and o.kind = 'OPENED' and o.by_customer);

-- the description an employee typed when opening a case (a walk-in, a call, the "Help a customer"
-- context) was recorded as the customer's own message: it is the employee's, and internal
update case_entry set by_customer = false, visibility = 'INTERNAL',
    author_id = (select max(o.author_id) from case_entry o
                 where o.case_id = case_entry.case_id and o.kind = 'OPENED' and not o.by_customer)
where kind = 'CUSTOMER_MESSAGE'
  and exists (select 1 from case_entry o where o.case_id = case_entry.case_id and o.kind = 'OPENED'
              and not o.by_customer and o.at = case_entry.at);

-- a resolution's note was kept on the public entry that says it was done: the note moves to an
-- internal note beside it, and the public entry keeps only what was done
insert into case_entry (case_id, at, kind, visibility, author_id, by_customer, body, detail)
select case_id, at, 'NOTE', 'INTERNAL', author_id, false, body, null from case_entry
where kind = 'ACTION_CARRIED_OUT' and visibility = 'PUBLIC' and body is not null;
update case_entry set body = null
where kind in ('ACTION_CARRIED_OUT', 'ACTION_APPROVED') and visibility = 'PUBLIC' and body is not null;

-- whatever else staff wrote on a public entry, other than a reply to the customer, is internal
update case_entry set visibility = 'INTERNAL'
where visibility = 'PUBLIC' and body is not null and not by_customer and kind <> 'REPLY';
