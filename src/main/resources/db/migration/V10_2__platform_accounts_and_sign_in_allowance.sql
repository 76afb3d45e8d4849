-- What an account needs beyond its password: whether its person must choose a new password at
-- the next sign-in (after an admin reset it), when they last signed in with the form, and
-- whether it was disabled because its employee left (so that reactivating the employee gives
-- back exactly the accounts that deactivating took away, not one an admin disabled on purpose).
alter table user_account add column must_change_password boolean not null default false;
alter table user_account add column last_sign_in_at timestamp with time zone;
alter table user_account add column disabled_with_employee boolean not null default false;

-- How many failed sign-ins each account and each client address may still make, shared by every
-- node: one row per account or address, holding Bucket4j's serialized token bucket.
create table sign_in_allowance (
    allowance_key varchar(160) primary key,
    state         bytea        not null,
    touched_at    timestamp    not null
);

-- the clean-up removes allowances nobody has used for longer than they take to fill up again
create index sign_in_allowance_touched on sign_in_allowance (touched_at);
