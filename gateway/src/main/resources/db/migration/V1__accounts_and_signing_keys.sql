-- Local accounts of the embedded default issuer. Production may point the services at an external
-- OIDC issuer instead; these rows are then unused.
create table account (
    username       varchar(100) primary key
                   check (username ~ '^[a-z0-9][a-z0-9._-]{2,99}$'),
    -- bcrypt (modular crypt format, $2a$ or $2b$, cost 10 or more)
    password_hash  varchar(100) not null,
    roles          text[]       not null default '{}',
    -- bound scope, on the current (post-2025) administrative map
    province_code  varchar(2)   check (province_code ~ '^[0-9]{2}$'),
    commune_code   varchar(5)   check (commune_code ~ '^[0-9]{5}$'),
    subject_id     uuid,
    enabled        boolean      not null default true,
    created_at     timestamptz  not null default now()
);

-- The keys the gateway signs tokens with. Stored here (not generated per process) so that tokens
-- stay valid across restarts and replicas, and so that a key can be rotated: every active key is
-- published in the JWKS, the newest one signs.
create table signing_key (
    kid             varchar(64)  primary key,
    algorithm       varchar(10)  not null default 'RS256',
    private_key_pem text         not null,
    public_key_pem  text         not null,
    created_at      timestamptz  not null default now(),
    active          boolean      not null default true
);
create index signing_key_active on signing_key (created_at desc) where active;
