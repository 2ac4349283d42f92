-- Accounts become admin-managed: a row version for If-Match, and when the row and the password
-- last changed.
alter table account
    add column version             bigint      not null default 0,
    add column updated_at          timestamptz not null default now(),
    add column password_changed_at timestamptz not null default now();

create index account_province on account (province_code, username);

-- Consecutive failed sign-ins per normalised username, whether or not such an account exists, so
-- that the lockout answer does not tell which accounts exist. A success deletes the row.
create table login_attempt (
    username_key    varchar(200) primary key,
    failures        integer      not null default 0 check (failures >= 0),
    locked_until    timestamptz,
    last_failure_at timestamptz  not null default now()
);
