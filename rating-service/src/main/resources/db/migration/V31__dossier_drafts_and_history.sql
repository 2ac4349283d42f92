-- What a subject edits on its draft besides the evidence, and every move of a dossier's status
-- (who, when, from, to, why), so that a return for revision and its reason stay visible after the
-- dossier is resubmitted.
alter table dossier
    add column cover_note    text,
    add column contact_name  text,
    add column contact_phone varchar(30);

create table dossier_history (
    id          bigserial    primary key,
    dossier_id  uuid         not null references dossier (id),
    from_status varchar(20),
    to_status   varchar(20)  not null,
    reason      text,
    actor       varchar(100) not null,
    at          timestamptz  not null
);
create index dossier_history_dossier on dossier_history (dossier_id, id);
