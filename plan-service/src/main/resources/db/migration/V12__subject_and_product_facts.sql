-- Subjects (chủ thể OCOP) and products as facts, from ocop.registry.subject.v1 and
-- ocop.registry.product.v1: what the counts need (type, place, group), never the registry's whole
-- record. One row per subject or product: a registration and its updates land on the same row,
-- whichever arrives first, and the state of the latest event (by its time) stands, so a replay
-- in the same order writes the same rows.
create table subject_fact (
    subject_id              uuid         primary key,
    subject_type            varchar(30)  not null
        check (subject_type in ('COOPERATIVE', 'COOPERATIVE_GROUP', 'ENTERPRISE', 'HOUSEHOLD_BUSINESS')),
    name                    varchar(300),
    -- The province on the current map (counted there); the codes the event carried are kept too.
    province_code           varchar(2)   not null references province (code),
    reported_province_code  varchar(10)  not null,
    map_version             varchar(7),
    -- A commune of the current map; null when the record is on the pre-2025 map.
    commune_code            varchar(10),
    reported_commune_code   varchar(10),
    -- The local date of the registration event (Asia/Ho_Chi_Minh) and its year; null while only an
    -- update was seen. A re-published registration keeps the earliest date.
    registered_on           date,
    registered_year         smallint,
    registered_event_id     varchar(100),
    -- The time of the event whose state the row holds, and that event.
    state_at                timestamptz  not null,
    state_event_id          varchar(100) not null,
    recorded_at             timestamptz  not null default now()
);
create index subject_fact_registered on subject_fact (registered_year, province_code);
create index subject_fact_place on subject_fact (province_code, commune_code);

create table product_fact (
    product_id              uuid         primary key,
    subject_id              uuid         not null,
    name                    varchar(300),
    product_set             smallint     not null,
    product_group           smallint     not null,
    province_code           varchar(2)   not null references province (code),
    reported_province_code  varchar(10)  not null,
    map_version             varchar(7),
    commune_code            varchar(10),
    reported_commune_code   varchar(10),
    -- REGISTERED or DISCONTINUED (the registry's product status).
    status                  varchar(20)  not null,
    state_at                timestamptz  not null,
    state_event_id          varchar(100) not null,
    recorded_at             timestamptz  not null default now()
);
create index product_fact_subject on product_fact (subject_id);
create index product_fact_place on product_fact (province_code, commune_code);
