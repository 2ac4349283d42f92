-- Idempotency keys of creating POSTs: a client's key, scoped to the caller and the operation, with the
-- response its first request got. The row is written in the transaction of the creation itself, so a
-- key is stored if and only if its creation was committed; a concurrent request with the same key
-- waits on the primary key until that transaction ends. Rows past expires_at are purged.
create table idempotency_key (
    caller           varchar(255) not null,
    operation        varchar(400) not null,
    idempotency_key  varchar(255) not null,
    request_hash     varchar(64)  not null,
    status           integer,
    headers          text,
    body             text,
    created_at       timestamptz  not null default now(),
    expires_at       timestamptz  not null,
    primary key (caller, operation, idempotency_key)
);
create index idempotency_key_expiry on idempotency_key (expires_at);
