-- Bulk imports (nhập dữ liệu hàng loạt) of subjects, products and historical certificates from a
-- province's spreadsheet or the national system's export. One row per accepted upload keeps its
-- row report, so that an officer can fetch it again and a re-upload of the same file (same sha256)
-- can be recognised.
create table registry_import (
    id                     uuid          primary key,
    sha256                 varchar(64)   not null,
    format                 varchar(10)   not null check (format in ('CSV', 'XLSX')),
    mode                   varchar(20)   not null check (mode in ('ALL_OR_NOTHING', 'VALID_ROWS_ONLY')),
    -- The importing officer's province (current map), which decides who may read the report;
    -- null for an import by a national account (seen by national accounts only).
    province_code          varchar(2),
    rows_total             integer       not null,
    rows_rejected          integer       not null,
    subjects_created       integer       not null,
    subjects_existing      integer       not null,
    products_created       integer       not null,
    products_existing      integer       not null,
    certificates_created   integer       not null,
    certificates_existing  integer       not null,
    -- The row report as answered (JSON): totals and errors[{row, column, rule, message, value}].
    report                 text          not null,
    created_by             varchar(100),
    created_at             timestamptz   not null
);
create index registry_import_by_sha256 on registry_import (sha256, created_at);
create index registry_import_by_province on registry_import (province_code, created_at);

-- The import looks existing subjects up by identifier alone (one query with = any(?)), and
-- cooperative groups, which have no identifier, by commune (then by name in the service).
create index subject_by_identifier on subject (identifier) where identifier is not null;
create index subject_group_by_commune on subject (commune_code) where identifier_kind = 'NONE';
