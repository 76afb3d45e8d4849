-- a department's resolved requests, newest first, and its unassigned open ones by due time, read through an index
-- rather than sorted: the queue's filters with tens of thousands of requests
create index internal_request_done on internal_request (department_id, status, resolved_at, id);
create index internal_request_unassigned on internal_request (department_id, status, assignee_id, due_at, id);
