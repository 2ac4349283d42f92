-- Public verification and public search of certified products.

-- Scans of the public verification page, per certificate and calendar day (Asia/Ho_Chi_Minh).
-- Counted in memory and added here in batches every few seconds, never one write per scan.
create table certificate_scan_daily (
    certificate_id  uuid    not null references certificate (id),
    day             date    not null,
    count           bigint  not null check (count >= 0),
    primary key (certificate_id, day)
);

-- Accent- and case-insensitive search: the name folded by vn.ocop.registry.text.SearchText
-- ("Cà phê Đắk Lắk" -> "ca phe dak lak"), written with the row (JPA callbacks of Subject and
-- Product; a bulk COPY must call SearchText.of itself). Rows written before this column existed,
-- or by a writer that left it empty, are folded by the service at start (SearchTextBackfill).
-- A trigram index answers like '%...%' without reading every row.
create extension if not exists pg_trgm;

alter table subject add column search_text varchar(600);
alter table product add column search_text varchar(600);
create index subject_search_text on subject using gin (search_text gin_trgm_ops);
create index product_search_text on product using gin (search_text gin_trgm_ops);
