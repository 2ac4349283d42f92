-- The audit trail of this service: one row per write (who, when, under which request, before and
-- after), appended in the same transaction as the write. Rows are never changed: the triggers below
-- refuse UPDATE, DELETE and TRUNCATE for every role, the table owner included.
--
-- Archiving: an operator exports closed periods (e.g. COPY (select * from audit_entry where
-- occurred_at < '2027-01-01') TO ...) and keeps the export with its last chain hash. Removing rows
-- afterwards, if a retention rule demands it, is a deliberate maintenance step by the table owner
-- (ALTER TABLE audit_entry DISABLE TRIGGER USER, delete, ENABLE TRIGGER USER); the chain
-- verification then reports the first retained chained entry as following missing entries, which
-- the archive's last hash accounts for.
create table audit_entry (
    seq            bigint generated always as identity primary key,
    id             uuid         not null unique,
    occurred_at    timestamptz  not null,
    service        varchar(100) not null,
    -- the token's username, or system:<consumer or job> for writes no person made
    actor          varchar(200) not null,
    actor_roles    varchar(50)[] not null default '{}',
    -- X-Request-Id of the HTTP request; for event consumers the id of the event applied
    request_id     varchar(100),
    -- HTTP method and operationId (or resource method), or the consumer's name
    operation      varchar(300),
    record_type    varchar(100) not null,
    record_id      varchar(300) not null,
    action         varchar(10)  not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    before         jsonb,
    after          jsonb,
    province_code  varchar(20),
    -- Hash chain of the chained record types (ocop.audit.chained-record-types): one chain per
    -- service, in chain_seq order; hash = SHA-256 of the entry's canonical form including prev_hash.
    chain_seq      bigint unique,
    prev_hash      char(64),
    hash           char(64),
    check ((chain_seq is null) = (hash is null))
);
create index audit_entry_record on audit_entry (record_type, record_id, seq);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
