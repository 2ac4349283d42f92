-- Read model of the registry's subjects (chủ thể) and products, built from its events. The rating
-- service never calls the registry; columns are lenient (text) so that a valid event is never
-- refused by a length limit here.
create table subject_ref (
    subject_id    uuid        primary key,
    name          text        not null,
    subject_type  text,
    province_code text,
    commune_code  text,
    updated_at    timestamptz not null
);

create table product_ref (
    product_id       uuid        primary key,
    subject_id       uuid        not null,
    name             text        not null,
    product_set      integer,
    product_set_name text,
    product_group    integer,
    province_code    text        not null,
    commune_code     text,
    status           text,
    updated_at       timestamptz not null
);
create index product_ref_subject on product_ref (subject_id);
