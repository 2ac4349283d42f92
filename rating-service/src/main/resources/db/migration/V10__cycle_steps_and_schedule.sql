-- The six steps of the annual cycle are walked in order now, and each has a planned window
-- (opens_on .. deadline) that the province sets when it opens the round and may edit later: the
-- calendar is local practice (Quảng Ninh runs ideas in months 4-6), not national law. Rounds
-- opened before this migration have no windows, hence no deadlines.
update cycle set step = 'BUSINESS_PLANS' where step = 'BUSINESS_PLAN';
alter table cycle add column step_changed_at timestamptz;
update cycle set step_changed_at = created_at;
alter table cycle alter column step_changed_at set not null;

create table cycle_step_window (
    cycle_id uuid        not null references cycle (id),
    step     varchar(30) not null,
    opens_on date        not null,
    deadline date        not null,
    primary key (cycle_id, step),
    constraint cycle_step_window_ordered check (opens_on <= deadline)
);
