-- The queue sorts by subject and customer name besides opening time and reference (indexed
-- already), and the "Mine" and "Unassigned" views read one owner's cases newest or oldest first.
create index customer_case_subject on customer_case (subject);
create index customer_full_name on customer (full_name);
create index customer_case_owner_opened on customer_case (owner_id, opened_at);
