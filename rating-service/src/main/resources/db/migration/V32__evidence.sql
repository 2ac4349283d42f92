-- Evidence files (hồ sơ minh chứng). The bytes are stored once per SHA-256: a re-evaluation or
-- upgrade dossier copied from an earlier one points at the same blobs instead of duplicating a
-- 300–500-page dossier.
create table evidence_blob (
    checksum   char(64)    primary key,
    size_bytes bigint      not null,
    content    bytea       not null,
    created_at timestamptz not null
);

create table evidence (
    id               uuid         primary key,
    dossier_id       uuid         not null references dossier (id),
    title            text         not null,
    kind             varchar(20)  not null,
    file_name        text         not null,
    media_type       varchar(200) not null,
    checksum         char(64)     not null references evidence_blob (checksum),
    size_bytes       bigint       not null,
    uploaded_by      varchar(100) not null,
    uploaded_at      timestamptz  not null,
    copied_from_id   uuid
);
create index evidence_dossier on evidence (dossier_id);

-- The criteria of the evaluation sheet an evidence item supports (e.g. A1a).
create table evidence_criterion (
    evidence_id    uuid        not null references evidence (id) on delete cascade,
    criterion_code varchar(4)  not null,
    primary key (evidence_id, criterion_code)
);
