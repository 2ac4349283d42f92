-- Annual OCOP cycles (chu trình OCOP thường niên), one per province, year and round. The rule set
-- in force on the opening day is frozen on the cycle.
create table cycle (
    id               uuid         primary key,
    province_code    varchar(2)   not null,
    year             integer      not null,
    round            integer      not null,
    rule_set_version varchar(100) not null,
    status           varchar(20)  not null,
    step             varchar(30)  not null,
    opened_on        date         not null,
    opened_by        varchar(100) not null,
    created_at       timestamptz  not null,
    version          bigint       not null,
    constraint cycle_province_year_round unique (province_code, year, round)
);
