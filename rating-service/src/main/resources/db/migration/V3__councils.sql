-- Evaluation councils (hội đồng đánh giá, phân hạng) and their members, who are user accounts.
create table council (
    id            uuid         primary key,
    name          varchar(300) not null,
    level         varchar(20)  not null,
    province_code varchar(2),
    created_by    varchar(100) not null,
    created_at    timestamptz  not null,
    version       bigint       not null
);

create table council_member (
    council_id uuid         not null references council (id),
    position   integer      not null,
    username   varchar(100) not null,
    role       varchar(20)  not null,
    primary key (council_id, position),
    constraint council_member_once unique (council_id, username)
);
create index council_member_username on council_member (username);
-- Exactly one chair: the service checks it, the database guarantees "at most one".
create unique index council_one_chair on council_member (council_id) where role = 'CHAIR';
