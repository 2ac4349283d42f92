-- Records keep the unit codes they were created with (map_version, province, district on the
-- pre-merger map, commune) and also carry the province they belong to on the current map, which
-- decides who may see and change them. province_succession gives it once, at write time: the maps
-- are fixed data, so it never needs recomputing.

alter table subject add column district_code varchar(3);
alter table subject add column current_province_code varchar(2);
alter table subject add column address varchar(300);
alter table subject add column phone varchar(30);
alter table subject add column email varchar(200);
alter table subject add column updated_at timestamptz;
alter table subject add column updated_by varchar(100);
update subject set current_province_code = province_code;
alter table subject alter column current_province_code set not null;
create index subject_by_current_province on subject (current_province_code, created_at, id);

alter table product add column district_code varchar(3);
alter table product add column current_province_code varchar(2);
alter table product add column status_reason varchar(500);
alter table product add column updated_at timestamptz;
alter table product add column updated_by varchar(100);
update product set current_province_code = province_code;
alter table product alter column current_province_code set not null;
create index product_by_current_province on product (current_province_code, created_at, id);
-- One product of a given name and set per subject: what an import de-duplicates on.
create unique index product_natural_key on product (subject_id, lower(name), product_set);

alter table certificate add column map_version varchar(7) not null default '2025-07';
alter table certificate add column district_code varchar(3);
alter table certificate add column current_province_code varchar(2);
update certificate set current_province_code = province_code;
alter table certificate alter column current_province_code set not null;
create index certificate_by_current_province on certificate (current_province_code, created_at, id);
-- Certificates come from the rating service's decisions or, for those issued before this system,
-- from an import; an imported one has no rating decision.
alter table certificate add column origin varchar(20) not null default 'RECOGNITION'
    check (origin in ('RECOGNITION', 'IMPORT'));
alter table certificate alter column decision_id drop not null;
alter table certificate add constraint certificate_decision_of_recognition
    check (origin = 'IMPORT' or decision_id is not null);
-- A decision lists many products but certifies each once: what an import de-duplicates on.
create unique index certificate_product_decision on certificate (product_id, decision_number);

alter table certificate_status_history add column decision_number varchar(100);
alter table certificate_status_history add column decision_date date;
