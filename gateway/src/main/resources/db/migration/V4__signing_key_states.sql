-- Signing keys get an explicit state: NEXT (published, not yet signing), ACTIVE (the one key that
-- signs), RETIRED (published until every token it signed has expired, its private key erased).
alter table signing_key
    add column state         varchar(10) check (state in ('NEXT', 'ACTIVE', 'RETIRED')),
    add column activated_at  timestamptz,
    add column retired_at    timestamptz,
    add column publish_until timestamptz,
    alter column private_key_pem drop not null;

-- The newest active key keeps signing; older active keys retire, still published for an hour
-- (longer than any access token issued before this migration lives).
update signing_key k
   set state = case when ranked.position = 1 and k.active then 'ACTIVE' else 'RETIRED' end,
       activated_at = k.created_at,
       retired_at = case when ranked.position = 1 and k.active then null else now() end,
       publish_until = case
           when ranked.position = 1 and k.active then null
           when k.active then now() + interval '1 hour'
           else now() end
  from (select kid, row_number() over (order by active desc, created_at desc, kid) as position
          from signing_key) ranked
 where ranked.kid = k.kid;
update signing_key set private_key_pem = null where state = 'RETIRED';

drop index signing_key_active;
alter table signing_key drop column active;
alter table signing_key alter column state set not null;
-- At most one key signs.
create unique index signing_key_one_active on signing_key (state) where state = 'ACTIVE';
create unique index signing_key_one_next on signing_key (state) where state = 'NEXT';
