-- Refresh tokens of local accounts. The opaque token itself is never stored: only its SHA-256
-- (it carries 256 random bits, so a fast hash does not make guessing easier). Every rotation adds
-- a row to the same family; presenting a used token again revokes the whole family.
create table refresh_token (
    id            uuid         primary key,
    family_id     uuid         not null,
    username      varchar(100) not null references account (username) on delete cascade,
    token_hash    varchar(64)  not null unique,
    issued_at     timestamptz  not null default now(),
    -- absolute end of the family: rotation does not extend it
    expires_at    timestamptz  not null,
    used_at       timestamptz,
    revoked_at    timestamptz,
    revoke_reason varchar(40)
);
create index refresh_token_family on refresh_token (family_id);
create index refresh_token_live_by_account on refresh_token (username) where revoked_at is null;
