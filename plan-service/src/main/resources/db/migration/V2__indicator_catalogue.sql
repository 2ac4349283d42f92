-- The indicator catalogue (danh mục chỉ tiêu): what provinces plan for and report on, as data.
-- An EVENT indicator is computed from facts this service keeps from other services' events (never
-- typed twice); a MANUAL one will come from progress reports. For indicators over certificate facts,
-- min_star_class..max_star_class selects the certificates counted.
create table indicator (
    code               varchar(50)  primary key,
    name_vi            varchar(200) not null,
    name_en            varchar(200) not null,
    unit               varchar(10)  not null check (unit in ('COUNT', 'PERCENT')),
    computation        varchar(10)  not null check (computation in ('EVENT', 'MANUAL')),
    source_event_type  varchar(100),
    min_star_class     smallint,
    max_star_class     smallint,
    description        text         not null,
    display_order      integer      not null,
    check (computation = 'MANUAL' or source_event_type is not null),
    check (min_star_class is null or min_star_class between 1 and 5),
    check (max_star_class is null or max_star_class between 1 and 5),
    check (min_star_class is null or max_star_class is null or min_star_class <= max_star_class)
);

insert into indicator (code, name_vi, name_en, unit, computation, source_event_type, min_star_class,
                       max_star_class, description, display_order) values
    ('PRODUCTS_3STAR_PLUS', 'Số sản phẩm đạt OCOP từ 3 sao trở lên', 'Products rated OCOP 3 stars or more',
     'COUNT', 'EVENT', 'vn.ocop.certificate.issued.v1', 3, 5,
     'Distinct products of the province with a certificate (giấy chứng nhận) of 3★, 4★ or 5★ whose recognition '
     || 'decision date falls in the year (local date, Asia/Ho_Chi_Minh). A product recognised twice in one year '
     || '(e.g. re-rated from 3★ to 4★) counts once. Computed from certificate-issued events; the province is the '
     || 'one on the current map (pre-2025 codes count in their successor).',
     10),
    ('PRODUCTS_3STAR', 'Số sản phẩm đạt OCOP 3 sao', 'Products rated OCOP 3 stars',
     'COUNT', 'EVENT', 'vn.ocop.certificate.issued.v1', 3, 3,
     'Distinct products of the province with a 3★ certificate whose recognition decision date falls in the '
     || 'year. Computed from certificate-issued events.',
     20),
    ('PRODUCTS_4STAR', 'Số sản phẩm đạt OCOP 4 sao', 'Products rated OCOP 4 stars',
     'COUNT', 'EVENT', 'vn.ocop.certificate.issued.v1', 4, 4,
     'Distinct products of the province with a 4★ certificate whose recognition decision date falls in the '
     || 'year. Computed from certificate-issued events.',
     30),
    ('PRODUCTS_5STAR', 'Số sản phẩm đạt OCOP 5 sao', 'Products rated OCOP 5 stars',
     'COUNT', 'EVENT', 'vn.ocop.certificate.issued.v1', 5, 5,
     'Distinct products of the province with a 5★ certificate (recognised by the centre, cấp trung ương) whose '
     || 'decision date falls in the year. Computed from certificate-issued events.',
     40);
