-- Recognition decisions (quyết định công nhận kết quả đánh giá, phân hạng): at most one per dossier.
create table recognition_decision (
    id               uuid          primary key,
    dossier_id       uuid          not null references dossier (id),
    product_id       uuid          not null,
    subject_id       uuid          not null,
    province_code    varchar(2)    not null,
    decision_number  varchar(100)  not null,
    decision_date    date          not null,
    issuing_body     varchar(300)  not null,
    issuing_level    varchar(20)   not null,
    star_class       integer       not null,
    score            numeric(5, 2) not null,
    dossier_kind     varchar(20)   not null,
    rule_set_version varchar(100)  not null,
    validity_months  integer       not null,
    decided_by       varchar(100)  not null,
    created_at       timestamptz   not null,
    constraint recognition_decision_once_per_dossier unique (dossier_id)
);
