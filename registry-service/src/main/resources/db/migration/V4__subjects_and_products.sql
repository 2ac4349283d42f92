-- Subjects (chủ thể OCOP) and their products. Unit codes are on the current map ('2025-07'); the
-- service checks them against admin_unit (a subject keeps the codes it was registered with).
create table subject (
    id                   uuid         primary key,
    type                 varchar(30)  not null
        check (type in ('COOPERATIVE', 'COOPERATIVE_GROUP', 'ENTERPRISE', 'HOUSEHOLD_BUSINESS')),
    identifier_kind      varchar(20)  not null check (identifier_kind in ('TAX_CODE', 'PERSONAL_ID', 'NONE')),
    identifier           varchar(20),
    name                 varchar(300) not null,
    map_version          varchar(7)   not null,
    province_code        varchar(2)   not null,
    commune_code         varchar(5)   not null,
    representative       varchar(200),
    woman_led            boolean      not null,
    ethnic_minority_led  boolean      not null,
    created_at           timestamptz  not null,
    created_by           varchar(100),
    version              bigint       not null default 0,
    check ((identifier_kind = 'NONE') = (identifier is null))
);
-- Tax codes and personal ids are never reused: one subject per identifier.
create unique index subject_identifier_unique on subject (identifier_kind, identifier)
    where identifier is not null;
create index subject_by_province on subject (province_code, created_at, id);

create table product (
    id             uuid          primary key,
    subject_id     uuid          not null references subject (id),
    name           varchar(300)  not null,
    description    varchar(4000),
    product_set    integer       not null references product_set (number),
    map_version    varchar(7)    not null,
    province_code  varchar(2)    not null,
    commune_code   varchar(5)    not null,
    status         varchar(20)   not null,
    created_at     timestamptz   not null,
    created_by     varchar(100),
    version        bigint        not null default 0
);
create index product_by_subject on product (subject_id, created_at, id);
create index product_by_province on product (province_code, created_at, id);
