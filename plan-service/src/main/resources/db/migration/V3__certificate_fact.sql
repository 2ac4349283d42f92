-- Certificates as facts for the actuals: one row per certificate, written from the registry's
-- certificate events. The primary key makes a second event for the same certificate a no-op, on
-- top of the consumed-event guard that drops a redelivered event id, so no event is counted twice
-- and a replay of the topic into an empty database gives the same numbers.
create table certificate_fact (
    certificate_id          uuid        primary key,
    decision_id             uuid        not null,
    product_id              uuid        not null,
    subject_id              uuid        not null,
    -- The province on the current map (the one counted); the code the event carried is kept too.
    province_code           varchar(2)  not null references province (code),
    reported_province_code  varchar(10) not null,
    commune_code            varchar(10),
    product_group           smallint    not null,
    star_class              smallint    not null check (star_class between 1 and 5),
    decision_date           date        not null,
    year                    smallint    not null,
    status                  varchar(20) not null,
    source_event_id         varchar(100) not null,
    recorded_at             timestamptz not null default now()
);
create index certificate_fact_province_year on certificate_fact (province_code, year, star_class);
create index certificate_fact_year on certificate_fact (year, star_class);
