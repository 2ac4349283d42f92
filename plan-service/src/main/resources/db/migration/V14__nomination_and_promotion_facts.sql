-- Products forwarded to the next evaluation level (ocop.rating.dossier.v1, DossierNominated): to
-- CENTRAL means nominated for 5 stars. The payload has no date: the event's time (a local date)
-- places it in a year. One row per forwarded dossier.
create table nomination_fact (
    dossier_id              uuid          primary key,
    nominated_dossier_id    uuid,
    product_id              uuid          not null,
    province_code           varchar(2)    not null references province (code),
    reported_province_code  varchar(10)   not null,
    from_level              varchar(20),
    to_level                varchar(20)   not null,
    average_score           numeric(6, 2),
    star_class              smallint,
    nominated_on            date          not null,
    year                    smallint      not null,
    source_event_id         varchar(100)  not null,
    recorded_at             timestamptz   not null default now()
);
create index nomination_fact_year on nomination_fact (year, province_code);

-- Trade-promotion activities (xúc tiến thương mại, step 6) from ocop.rating.promotion.v1: fairs,
-- sales points, e-commerce listings, counted in the year they start. The products they cover place
-- them in communes.
create table promotion_fact (
    activity_id             uuid          primary key,
    cycle_id                uuid,
    province_code           varchar(2)    not null references province (code),
    reported_province_code  varchar(10)   not null,
    kind                    varchar(30)   not null
        check (kind in ('FAIR', 'SALES_POINT', 'ECOMMERCE_LISTING')),
    title                   varchar(500),
    starts_on               date          not null,
    ends_on                 date,
    year                    smallint      not null,
    source_event_id         varchar(100)  not null,
    recorded_at             timestamptz   not null default now()
);
create index promotion_fact_year on promotion_fact (year, province_code, kind);

create table promotion_product (
    activity_id  uuid not null references promotion_fact (activity_id) on delete cascade,
    product_id   uuid not null,
    primary key (activity_id, product_id)
);
create index promotion_product_product on promotion_product (product_id);
