-- The dossier's full life: drafts a subject edits, returns for revision, the level that evaluates
-- it, the dossier it was forwarded from (lower level) or copied from (re-evaluation, upgrade), the
-- certificate it re-evaluates or upgrades, the council session that scores it, and the result with
-- its median, spread and the star class of its band before the mandatory-criteria gate.
alter table dossier
    add column evaluation_level    varchar(20) not null default 'PROVINCE',
    add column product_set         integer,
    add column commune_code        text,
    add column parent_dossier_id   uuid references dossier (id),
    add column previous_dossier_id uuid references dossier (id),
    add column certificate_id      uuid,
    add column current_star_class  integer,
    add column session_id          uuid,
    add column scoring_round       integer not null default 1,
    add column median_score        numeric(5, 2),
    add column score_spread        numeric(5, 2),
    add column band_star_class     integer,
    add column returned_reason     text,
    add column created_by          varchar(100),
    add column created_at          timestamptz;

update dossier set created_by = submitted_by, created_at = submitted_at, band_star_class = star_class;

alter table dossier
    alter column created_by set not null,
    alter column created_at set not null,
    alter column submitted_by drop not null,
    alter column submitted_at drop not null,
    alter column evaluation_level drop default;

-- A product is evaluated once per level in a cycle round: the province, then (if forwarded) the
-- centre.
alter table dossier drop constraint dossier_once_per_cycle;
alter table dossier
    add constraint dossier_once_per_cycle_level unique (cycle_id, product_id, evaluation_level);
create index dossier_parent on dossier (parent_dossier_id);
create index dossier_previous on dossier (previous_dossier_id);
create index dossier_subject on dossier (subject_id);
create index dossier_session on dossier (session_id);
