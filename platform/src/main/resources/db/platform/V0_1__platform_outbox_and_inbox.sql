-- Transactional outbox: a state change and the event announcing it are written in one transaction.
-- The relay publishes pending rows in seq order and marks them sent.
create table outbox_event (
    seq          bigserial primary key,
    id           uuid         not null unique,
    topic        varchar(200) not null,
    message_key  varchar(200) not null,
    event_type   varchar(200) not null,
    payload      text         not null,
    request_id   varchar(100),
    created_at   timestamptz  not null default now(),
    sent_at      timestamptz,
    attempts     integer      not null default 0,
    last_error   text
);
create index outbox_event_pending on outbox_event (seq) where sent_at is null;

-- Consumed-event guard: an event id applied by a consumer is recorded in the same transaction as
-- its effect, so a redelivered event changes nothing.
create table consumed_event (
    consumer     varchar(100) not null,
    event_id     varchar(100) not null,
    event_type   varchar(200),
    consumed_at  timestamptz  not null default now(),
    primary key (consumer, event_id)
);
