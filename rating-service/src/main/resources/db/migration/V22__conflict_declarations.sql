-- Declarations of (no) conflict of interest, per member and dossier. Rows are never updated: a new
-- declaration is the next revision and the highest counts. detected_conflict records why the
-- service excluded the member regardless of what they declared.
create table conflict_declaration (
    id                uuid         primary key,
    session_id        uuid         not null references council_session (id),
    dossier_id        uuid         not null references dossier (id),
    member_username   varchar(100) not null,
    revision          integer      not null check (revision >= 1),
    declaration       varchar(20)  not null,
    conflict_kind     varchar(20),
    note              text,
    detected_conflict text,
    declared_at       timestamptz  not null,
    constraint conflict_declaration_revision unique (dossier_id, member_username, revision),
    constraint conflict_declaration_kind check (
        (declaration = 'CONFLICT' and conflict_kind is not null)
        or (declaration = 'NONE' and conflict_kind is null))
);
create index conflict_declaration_session on conflict_declaration (session_id, member_username);
