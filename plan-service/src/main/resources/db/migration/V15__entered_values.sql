-- Values typed in by a province for ENTERED indicators (số liệu nhập tay), which no service's events
-- can tell, e.g. the number of craft villages (làng nghề). One value per province, indicator, year
-- and commune (null = the province-wide figure); every change is kept in entered_value_change.
create table entered_value (
    id              uuid           primary key,
    province_code   varchar(2)     not null references province (code),
    indicator_code  varchar(50)    not null references indicator (code),
    year            smallint       not null check (year between 2000 and 2100),
    commune_code    varchar(10)    references commune (code),
    value           numeric(14, 2) not null check (value >= 0),
    note            text,
    entered_by      varchar(100)   not null,
    entered_at      timestamptz    not null,
    version         bigint         not null default 0
);
create unique index entered_value_one_per_cell
    on entered_value (province_code, indicator_code, year, coalesce(commune_code, ''));
create index entered_value_by_indicator on entered_value (indicator_code, year, province_code);

create table entered_value_change (
    id                uuid           primary key,
    entered_value_id  uuid           not null references entered_value (id),
    province_code     varchar(2)     not null,
    indicator_code    varchar(50)    not null,
    year              smallint       not null,
    commune_code      varchar(10),
    -- Null for the first entry.
    old_value         numeric(14, 2),
    new_value         numeric(14, 2) not null,
    note              text,
    changed_by        varchar(100)   not null,
    changed_at        timestamptz    not null
);
create index entered_value_change_by_value on entered_value_change (entered_value_id, changed_at);
