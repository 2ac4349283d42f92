-- Read model of the registry's certificates (giấy chứng nhận sản phẩm OCOP), built from its events.
-- A dossier's kind is checked against it: a NEW dossier needs no certificate in force, a
-- re-evaluation one that expires soon, an upgrade one below 5 stars.
create table certificate_ref (
    certificate_id uuid        primary key,
    product_id     uuid        not null,
    subject_id     uuid,
    star_class     integer     not null,
    status         text        not null,
    valid_from     date,
    valid_to       date,
    province_code  text,
    updated_at     timestamptz not null
);
create index certificate_ref_product on certificate_ref (product_id);
