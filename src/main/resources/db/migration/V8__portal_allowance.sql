-- What each client address may still send through the public portal, shared by every node:
-- one row per address and kind of request, holding Bucket4j's serialized token bucket.
create table portal_allowance (
    allowance_key varchar(120) primary key,
    state         bytea        not null,
    touched_at    timestamp    not null
);

-- the clean-up removes allowances nobody has used for longer than a window
create index portal_allowance_touched on portal_allowance (touched_at);
