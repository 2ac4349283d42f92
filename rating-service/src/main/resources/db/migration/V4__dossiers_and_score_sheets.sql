-- Evaluation dossiers (hồ sơ đánh giá) of products in a cycle, and the members' score sheets
-- (phiếu đánh giá). The result columns stay null until every member has scored.
create table dossier (
    id                uuid         primary key,
    cycle_id          uuid         not null references cycle (id),
    product_id        uuid         not null,
    product_name      text         not null,
    subject_id        uuid         not null,
    province_code     varchar(2)   not null,
    kind              varchar(20)  not null,
    status            varchar(20)  not null,
    rule_set_version  varchar(100) not null,
    council_id        uuid         references council (id),
    average_score     numeric(5, 2),
    star_class        integer,
    score_sheet_count integer,
    evaluated_at      timestamptz,
    evaluated_on      date,
    last_scored_at    timestamptz,
    submitted_by      varchar(100) not null,
    submitted_at      timestamptz  not null,
    version           bigint       not null,
    constraint dossier_once_per_cycle unique (cycle_id, product_id)
);
create index dossier_province on dossier (province_code);
create index dossier_council on dossier (council_id);

create table score_sheet (
    id              uuid          primary key,
    dossier_id      uuid          not null references dossier (id),
    member_username varchar(100)  not null,
    total           numeric(5, 2) not null check (total >= 0 and total <= 100),
    submitted_at    timestamptz   not null,
    updated_at      timestamptz   not null,
    constraint score_sheet_once_per_member unique (dossier_id, member_username)
);
