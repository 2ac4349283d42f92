-- Progress reports (báo cáo tiến độ / báo cáo kết quả thực hiện): one per province, year and period
-- (H1 = six-month report, FY = annual report). A province drafts it with figures filled from the
-- actuals, submits it, and the national office approves or returns it; approving the annual report
-- locks the province's year (period_lock). Reports are province-level: communes have none.
create table progress_report (
    id                   uuid          primary key,
    province_code        varchar(2)    not null references province (code),
    year                 smallint      not null check (year between 2000 and 2100),
    period               varchar(2)    not null check (period in ('H1', 'FY')),
    status               varchar(10)   not null
                                       check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    -- Number of submissions: 0 while never submitted, 2 after a return and a resubmission.
    revision             integer       not null default 0 check (revision >= 0),
    narrative            text,
    -- When the figures were last filled from the actuals (drafting or refresh).
    figures_as_of        timestamptz   not null,
    created_by           varchar(100)  not null,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    submitted_by         varchar(100),
    submitted_at         timestamptz,
    decided_by           varchar(100),
    decided_at           timestamptz,
    return_reason        text,
    row_version          bigint        not null default 0,
    check (status = 'DRAFT' or (revision >= 1 and submitted_by is not null and submitted_at is not null)),
    check (status not in ('APPROVED', 'RETURNED') or (decided_by is not null and decided_at is not null)),
    check (status <> 'RETURNED' or return_reason is not null),
    unique (province_code, year, period)
);
create index progress_report_by_status on progress_report (status, year);

-- One figure per indicator of the catalogue: the actual of the report's year, the cumulative actual
-- since the start of the plan period in force, and the province-wide target in force (all null when
-- there is nothing to show). Frozen once the report is submitted.
create table progress_report_figure (
    report_id            uuid           not null references progress_report (id) on delete cascade,
    indicator_code       varchar(50)    not null references indicator (code),
    source               varchar(10)    not null check (source in ('EVENTS', 'MANUAL')),
    actual               numeric,
    cumulative           numeric,
    cumulative_from      smallint,
    target               numeric(14, 2),
    target_kind          varchar(10)    check (target_kind in ('AT_LEAST', 'AT_MOST')),
    target_accumulation  varchar(10)    check (target_accumulation in ('PER_YEAR', 'CUMULATIVE')),
    -- The target's year; null for a target over the whole plan period.
    target_year          smallint,
    target_period_start  smallint,
    target_period_end    smallint,
    comment              text,
    primary key (report_id, indicator_code),
    check (target is null or (target_kind is not null and target_accumulation is not null
                              and target_period_start is not null and target_period_end is not null)),
    check (cumulative is null or cumulative_from is not null)
);

-- Every move of a report (created, submitted, approved, returned): who, when, from → to, why.
create table progress_report_transition (
    seq          bigserial     primary key,
    report_id    uuid          not null references progress_report (id) on delete cascade,
    revision     integer       not null,
    from_status  varchar(10),
    to_status    varchar(10)   not null,
    reason       text,
    changed_by   varchar(100)  not null,
    changed_at   timestamptz   not null
);
create index progress_report_transition_by_report on progress_report_transition (report_id, seq);
