-- Score sheets (phiếu đánh giá) are filled per criterion, one option each, and the service computes
-- the totals. A submitted sheet is never edited: when the members' totals spread too far the
-- council discusses and re-scores, which is a new round with new sheets; earlier rounds stay for
-- audit. Sheets of the walking skeleton (totals only, round 1) stay as they were.
alter table score_sheet
    add column scoring_round    integer      not null default 1,
    add column criteria_version varchar(100),
    add column product_set      integer,
    add column part_a           numeric(5, 2),
    add column part_b           numeric(5, 2),
    add column part_c           numeric(5, 2);

alter table score_sheet drop constraint score_sheet_once_per_member;
alter table score_sheet
    add constraint score_sheet_once_per_member_round unique (dossier_id, member_username, scoring_round);
alter table score_sheet alter column scoring_round drop default;

create table score_sheet_answer (
    sheet_id       uuid          not null references score_sheet (id),
    criterion_code varchar(20)   not null,
    option_code    varchar(30),
    points         numeric(5, 2) not null,
    primary key (sheet_id, criterion_code)
);

-- Why a round ended without a result (spread too wide), kept with the dossier's history.
create table scoring_round_outcome (
    dossier_id    uuid          not null references dossier (id),
    scoring_round integer       not null,
    outcome       varchar(30)   not null,
    sheets        integer       not null,
    lowest_total  numeric(5, 2) not null,
    highest_total numeric(5, 2) not null,
    spread        numeric(5, 2) not null,
    max_spread    numeric(5, 2),
    decided_by    varchar(100)  not null,
    decided_at    timestamptz   not null,
    primary key (dossier_id, scoring_round)
);
