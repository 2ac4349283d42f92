-- Certificate facts follow the certificate's lifecycle (ocop.registry.certificate.v1 status-changed
-- events): the status tells a certificate in force (ISSUED, EXPIRING) from one that expired, was
-- revoked, suspended or superseded. Historical certificates brought in by a registry import have no
-- rating decision, so decision_id may be null for them.
alter table certificate_fact alter column decision_id drop not null;
alter table certificate_fact add column origin varchar(20) not null default 'RECOGNITION';
-- When the registry changed the status, and by which event: a status event older than the one
-- applied (a replay from the dead-letter topic) does not roll the status back.
alter table certificate_fact add column status_changed_at timestamptz;
alter table certificate_fact add column status_event_id varchar(100);
alter table certificate_fact add column superseded_by uuid;
create index certificate_fact_province_status on certificate_fact (province_code, status);
