-- Certificates gain what the new indicators count: the kind of dossier that led to them (new,
-- re-evaluation, upgrade; an imported historical certificate without one counts as NEW), the
-- commune code as the event carried it (a pre-2025 commune code is kept there only), and every
-- status change with its date, so "certificates that expired in 2027" stays true after the
-- certificate moved on (e.g. EXPIRING in 2027, then EXPIRED in 2028).
alter table certificate_fact add column dossier_kind varchar(20) not null default 'NEW'
    check (dossier_kind in ('NEW', 'RE_EVALUATION', 'UPGRADE'));
alter table certificate_fact add column reported_commune_code varchar(10);
update certificate_fact set reported_commune_code = commune_code;
create index certificate_fact_subject on certificate_fact (subject_id);
create index certificate_fact_product on certificate_fact (product_id);

-- One row per change the registry announced. The key absorbs a re-published change (same
-- certificate, status and instant); counts are of distinct certificates anyway.
create table certificate_status_fact (
    certificate_id  uuid         not null references certificate_fact (certificate_id) on delete cascade,
    status          varchar(20)  not null,
    changed_at      timestamptz  not null,
    -- The local date (Asia/Ho_Chi_Minh) of the change and its calendar year: the year it counts in.
    changed_on      date         not null,
    year            smallint     not null,
    event_id        varchar(100) not null,
    primary key (certificate_id, status, changed_at)
);
create index certificate_status_fact_year on certificate_status_fact (year, status);
