-- Administrative units (đơn vị hành chính), versioned by map: records keep the unit codes they were
-- created with. '2025-07' is the two-tier map in force from 1 July 2025 (34 provinces, communes
-- directly below); the pre-merger three-tier map ('2025-03') is loaded by a later migration.
-- Province and commune codes are assigned independently and never reused, so a code is unique per
-- map and level.
create table admin_unit (
    map_version    varchar(7)   not null,
    level          varchar(10)  not null check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    code           varchar(5)   not null,
    name           varchar(100) not null,
    full_name      varchar(150) not null,
    name_en        varchar(100),
    -- For a province its own code; for a commune the province it belongs to.
    province_code  varchar(2)   not null,
    primary key (map_version, level, code)
);
create index admin_unit_by_province on admin_unit (map_version, province_code, level);
