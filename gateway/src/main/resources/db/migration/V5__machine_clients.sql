-- Machine clients (the national NTM office's systems) of the OAuth 2.0 client credentials grant.
-- The secret is shown once at creation or rotation; only its SHA-256 is kept (it carries 256
-- random bits, so a slow hash adds nothing).
create table machine_client (
    client_id         varchar(100) primary key
                      check (client_id ~ '^[a-z0-9][a-z0-9._-]{2,99}$'),
    name              varchar(200) not null,
    secret_hash       varchar(64)  not null,
    roles             text[]       not null default '{}',
    province_code     varchar(2)   check (province_code ~ '^[0-9]{2}$'),
    enabled           boolean      not null default true,
    version           bigint       not null default 0,
    created_at        timestamptz  not null default now(),
    secret_rotated_at timestamptz  not null default now()
);
