-- a customer's earlier cases, shown beside every case, and moved together when two records of one person are merged
create index customer_case_customer on customer_case (customer_id, opened_at);
