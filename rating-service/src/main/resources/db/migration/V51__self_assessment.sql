-- The subject's self-assessment (tự đánh giá) on the same evaluation sheet the council uses: one
-- option per criterion, scored by the service. It belongs to the dossier and changes only while the
-- dossier is editable (DRAFT or RETURNED).
create table self_assessment (
    dossier_id       uuid          primary key references dossier (id),
    criteria_version varchar(100)  not null,
    product_set      integer       not null,
    total            numeric(5, 2) not null,
    part_a           numeric(5, 2) not null,
    part_b           numeric(5, 2) not null,
    part_c           numeric(5, 2) not null,
    band_star_class  integer       not null,
    star_class       integer       not null,
    assessed_by      varchar(100)  not null,
    assessed_at      timestamptz   not null
);

create table self_assessment_answer (
    dossier_id     uuid          not null references self_assessment (dossier_id),
    criterion_code varchar(20)   not null,
    option_code    varchar(30),
    points         numeric(5, 2) not null,
    primary key (dossier_id, criterion_code)
);
