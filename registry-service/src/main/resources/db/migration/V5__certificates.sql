-- Certificates (giấy chứng nhận sản phẩm OCOP), issued from the rating service's recognition
-- decisions. decision_id is unique: one decision never yields two certificates, whatever the
-- number of events announcing it.
create table certificate (
    id                uuid          primary key,
    decision_id       uuid          not null unique,
    product_id        uuid          not null references product (id),
    subject_id        uuid          not null references subject (id),
    province_code     varchar(2)    not null,
    commune_code      varchar(5)    not null,
    product_set       integer       not null references product_set (number),
    product_group     integer       not null,
    star_class        integer       not null check (star_class between 3 and 5),
    score             numeric(5, 2) not null,
    decision_number   varchar(100)  not null,
    decision_date     date          not null,
    issuing_body      varchar(300)  not null,
    issuing_level     varchar(20)   not null,
    dossier_kind      varchar(30),
    rule_set_version  varchar(50),
    valid_from        date          not null,
    valid_to          date          not null,
    status            varchar(20)   not null,
    -- Printed on the certificate (QR code) for public verification: unguessable, 128 random bits.
    public_code       varchar(40)   not null unique,
    created_at        timestamptz   not null,
    version           bigint        not null default 0,
    check (valid_to > valid_from)
);
create index certificate_by_product on certificate (product_id, created_at, id);
create index certificate_by_province on certificate (province_code, created_at, id);
create index certificate_by_subject on certificate (subject_id, created_at, id);

-- One row per status transition, the first one (null -> ISSUED) included.
create table certificate_status_history (
    id              bigserial     primary key,
    certificate_id  uuid          not null references certificate (id),
    old_status      varchar(20),
    new_status      varchar(20)   not null,
    reason          varchar(500),
    event_id        varchar(100),
    changed_at      timestamptz   not null,
    changed_by      varchar(100)
);
create index certificate_status_history_by_certificate on certificate_status_history (certificate_id, id);
