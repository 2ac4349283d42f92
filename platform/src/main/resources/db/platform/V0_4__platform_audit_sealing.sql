-- Chained entries are sealed after their commit instead of inside it. Linking an entry to the
-- chain's head inside the writing transaction needed one lock for the whole service, held until
-- commit, so every scoring transaction of every dossier queued behind every other at its commit.
-- Now a chained entry is written with chain_pending = true and no link; the service's sealer links
-- the pending entries in seq order, under its own lock, milliseconds after their commit.
alter table audit_entry add column chain_pending boolean not null default false;
alter table audit_entry add constraint audit_entry_pending_has_no_link
    check (not chain_pending or (chain_seq is null and hash is null and prev_hash is null));
create index audit_entry_pending on audit_entry (seq) where chain_pending;

-- Still append-only, with one exception: sealing, the single change from pending to linked that
-- sets the link and touches nothing else.
create or replace function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        if old.chain_pending and not new.chain_pending
            and new.chain_seq is not null and new.hash is not null
            and (new.seq, new.id, new.occurred_at, new.service, new.actor, new.actor_roles,
                 new.request_id, new.operation, new.record_type, new.record_id, new.action,
                 new.before, new.after, new.province_code)
                is not distinct from
                (old.seq, old.id, old.occurred_at, old.service, old.actor, old.actor_roles,
                 old.request_id, old.operation, old.record_type, old.record_id, old.action,
                 old.before, old.after, old.province_code) then
            return new;
        end if;
    end if;
    raise exception 'audit_entry is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;
