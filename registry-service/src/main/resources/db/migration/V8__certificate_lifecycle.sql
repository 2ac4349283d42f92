-- The certificate lifecycle: officers suspend, revoke and reinstate certificates by decision; a new
-- certificate of a product supersedes the one it replaces; the expiry engine moves certificates along
-- their dates and records the reminders owed to subjects before expiry.

-- The certificate row says why it is in its current status; certificate_status_history keeps every
-- earlier one (never overwritten).
alter table certificate add column status_changed_at timestamptz not null default now();
update certificate set status_changed_at = created_at;
alter table certificate add column status_reason varchar(500);
-- The decision (quyết định) that suspended, revoked or reinstated it; null for date-driven changes.
alter table certificate add column status_decision_number varchar(100);
alter table certificate add column status_decision_date date;
-- The certificate of the same product that replaced it (re-recognition, upgrade, re-evaluation).
alter table certificate add column superseded_by uuid references certificate (id);
alter table certificate add constraint certificate_superseded_names_successor
    check ((status = 'SUPERSEDED') = (superseded_by is not null) and superseded_by is distinct from id);

-- What the expiry engine scans: certificates whose dates can still move them. Partial, so the
-- bulk of expired, revoked and superseded certificates costs nothing.
create index certificate_expiry_candidates on certificate (valid_to, id)
    where status in ('ISSUED', 'EXPIRING', 'SUSPENDED');

-- Reminders that a certificate expires soon (the issuing body notifies the subject at least 30 days
-- ahead). At most one per certificate and threshold, whatever the number of engine runs.
create table certificate_reminder (
    id              bigserial    primary key,
    certificate_id  uuid         not null references certificate (id),
    days_before     smallint     not null check (days_before in (180, 90, 30)),
    due_date        date         not null,
    -- Recorded after its due date: the engine did not run that day, or the certificate entered the
    -- window late (e.g. imported with 20 days left).
    late            boolean      not null,
    as_of           date         not null,
    recorded_at     timestamptz  not null,
    unique (certificate_id, days_before)
);
create index certificate_reminder_by_due on certificate_reminder (due_date desc, id desc);
