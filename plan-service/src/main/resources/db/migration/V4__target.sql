-- Targets (mục tiêu, chỉ tiêu kế hoạch): the value a province plans to reach for an indicator in a
-- year. One target per province, indicator and year; setting it again replaces the value.
create table target (
    id              uuid          primary key,
    province_code   varchar(2)    not null references province (code),
    indicator_code  varchar(50)   not null references indicator (code),
    year            smallint      not null check (year between 2000 and 2100),
    kind            varchar(10)   not null check (kind in ('AT_LEAST', 'AT_MOST')),
    value           numeric(14, 2) not null check (value >= 0),
    set_by          varchar(100)  not null,
    set_at          timestamptz   not null,
    version         bigint        not null default 0,
    unique (province_code, indicator_code, year)
);
