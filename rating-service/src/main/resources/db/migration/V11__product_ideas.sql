-- Step 2: product ideas (phiếu đăng ký ý tưởng sản phẩm) that subjects register in a cycle round,
-- and the append-only history of the records of cycle steps (ideas, business plans): each
-- submission, review with its reason and revision with the fields it changed.
create table product_idea (
    id              uuid         primary key,
    cycle_id        uuid         not null references cycle (id),
    province_code   varchar(2)   not null,
    commune_code    varchar(5)   not null,
    subject_id      uuid         not null,
    subject_type    text,
    product_name    varchar(300) not null,
    product_set     integer      not null check (product_set between 1 and 26),
    description     text         not null,
    raw_materials   text         not null,
    expected_market text         not null,
    status          varchar(20)  not null,
    review_reason   text,
    revision        integer      not null,
    submitted_by    varchar(100) not null,
    submitted_at    timestamptz  not null,
    reviewed_by     varchar(100),
    reviewed_at     timestamptz,
    version         bigint       not null
);
create index product_idea_cycle on product_idea (cycle_id);
create index product_idea_subject on product_idea (subject_id);
create index product_idea_province_commune on product_idea (province_code, commune_code);

create table step_record_history (
    id          uuid         primary key,
    record_kind varchar(30)  not null,
    record_id   uuid         not null,
    seq         integer      not null,
    action      varchar(30)  not null,
    status      varchar(30)  not null,
    actor       varchar(100) not null,
    at          timestamptz  not null,
    reason      text,
    constraint step_record_history_seq unique (record_kind, record_id, seq)
);

create table step_record_change (
    entry_id  uuid        not null references step_record_history (id),
    position  integer     not null,
    field     varchar(50) not null,
    old_value text,
    new_value text,
    primary key (entry_id, position)
);
