-- Plans (kế hoạch OCOP) and their targets. A plan belongs to a province and covers a period of
-- years (2021–2025, 2026–2030, or a single year for an annual plan). It is drafted, then approved
-- with the decision of the provincial People's Committee; an approved plan is never edited: an
-- amendment (điều chỉnh) is a new version of the same lineage, drafted from it, and approving it
-- supersedes the version before. A plan made on the pre-merger map (2025-03) names an old province
-- code and rolls up into the province that succeeded it (current_province_code).
create table plan (
    id                     uuid          primary key,
    lineage_id             uuid          not null,
    version                integer       not null check (version >= 1),
    supersedes_plan_id     uuid          references plan (id),
    title                  varchar(300)  not null,
    map_version            varchar(7)    not null check (map_version in ('2025-07', '2025-03')),
    province_code          varchar(2)    not null,
    current_province_code  varchar(2)    not null references province (code),
    period_start           smallint      not null check (period_start between 2000 and 2100),
    period_end             smallint      not null check (period_end between 2000 and 2100),
    status                 varchar(20)   not null check (status in ('DRAFT', 'APPROVED', 'SUPERSEDED')),
    decision_number        varchar(100),
    decision_date          date,
    approved_by            varchar(100),
    approved_at            timestamptz,
    created_by             varchar(100)  not null,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    row_version            bigint        not null default 0,
    check (period_start <= period_end),
    check (status = 'DRAFT' or (decision_number is not null and decision_date is not null
                                and approved_by is not null and approved_at is not null)),
    unique (lineage_id, version)
);
-- At most one draft (the next version) and one approved version per lineage at a time.
create unique index plan_one_draft on plan (lineage_id) where status = 'DRAFT';
create unique index plan_one_approved on plan (lineage_id) where status = 'APPROVED';
create index plan_by_province on plan (current_province_code, period_start, period_end);

-- A target of a plan: an indicator, optionally a commune of the province, and either a year of
-- the period (accumulation PER_YEAR: that year alone; CUMULATIVE: from the period's start to that
-- year) or the whole period (year null, always CUMULATIVE). AT_LEAST is "at least 50"; AT_MOST an
-- upper bound. A PERCENT indicator's value is a percentage 0–100.
create table plan_target (
    id              uuid           primary key,
    plan_id         uuid           not null references plan (id) on delete cascade,
    indicator_code  varchar(50)    not null references indicator (code),
    commune_code    varchar(10)    references commune (code),
    year            smallint       check (year between 2000 and 2100),
    accumulation    varchar(10)    not null check (accumulation in ('PER_YEAR', 'CUMULATIVE')),
    kind            varchar(10)    not null check (kind in ('AT_LEAST', 'AT_MOST')),
    value           numeric(14, 2) not null check (value >= 0),
    note            text,
    check (year is not null or accumulation = 'CUMULATIVE')
);
create unique index plan_target_one_per_cell
    on plan_target (plan_id, indicator_code, coalesce(commune_code, ''), coalesce(year, 0));
create index plan_target_by_plan on plan_target (plan_id);

-- A province's year once its annual (FY) progress report was approved by the national office:
-- the figures of that year are final. Targets of that year, the year's entered values and its
-- reports can no longer be changed.
create table period_lock (
    province_code  varchar(2)   not null references province (code),
    year           smallint     not null,
    report_id      uuid         not null,
    locked_by      varchar(100) not null,
    locked_at      timestamptz  not null,
    primary key (province_code, year)
);
