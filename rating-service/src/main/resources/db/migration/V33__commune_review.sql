-- The commune's pre-review of a dossier under Decision 1489 (origin of the product and its raw
-- materials, local labour, origin of the idea, local identity): one current review per dossier; a
-- new one supersedes the previous, which is kept.
create table commune_review (
    id               uuid         primary key,
    dossier_id       uuid         not null references dossier (id),
    revision         integer      not null,
    commune_code     text         not null,
    minutes_number   varchar(50)  not null,
    minutes_date     date         not null,
    chairman_opinion varchar(20)  not null,
    opinion_reason   text,
    recorded_by      varchar(100) not null,
    recorded_at      timestamptz  not null,
    superseded_at    timestamptz,
    constraint commune_review_revision unique (dossier_id, revision)
);
create unique index commune_review_current on commune_review (dossier_id) where superseded_at is null;

create table commune_review_finding (
    review_id      uuid       not null references commune_review (id),
    position       integer    not null,
    criterion_code varchar(4) not null,
    finding        text       not null,
    satisfied      boolean    not null,
    primary key (review_id, position)
);
