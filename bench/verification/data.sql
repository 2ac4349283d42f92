-- Realistic registry data for bench/verification.sh, written straight into the registry database:
-- 8,000 subjects (chủ thể) with the national mix of types, 18,000 products (sản phẩm) with
-- Vietnamese names in the 26 product sets, and 15,000 certificates (giấy chứng nhận) with the
-- national mix of stars (about 73% 3★, 24% 4★, 3% 5★), dates over the last four years and the
-- statuses those dates and a few decisions give. Places are real communes: 70% on the current map,
-- 30% on the pre-merger map (with their district and their province today).
-- Deterministic: the same rows on every run (codes aside).

begin;

create temp table place as
  select row_number() over (order by u.code) as n, u.map_version, u.province_code,
         u.district_code, u.code as commune_code, u.name as commune_name,
         coalesce(s.new_code, u.province_code) as current_province_code
    from admin_unit u
    left join province_succession s
      on s.old_map = u.map_version and s.old_code = u.province_code and s.new_map = '2025-07'
   where u.level = 'COMMUNE' and u.map_version = '2025-07';
create temp table old_place as
  select row_number() over (order by u.code) as n, u.map_version, u.province_code,
         u.district_code, u.code as commune_code, u.name as commune_name,
         s.new_code as current_province_code
    from admin_unit u
    join province_succession s
      on s.old_map = u.map_version and s.old_code = u.province_code and s.new_map = '2025-07'
   where u.level = 'COMMUNE' and u.map_version = '2025-03';
alter table place add primary key (n);
alter table old_place add primary key (n);

create temp table kind (n int primary key, name text, product_set int);
insert into kind values
  (1, 'Cà phê bột', 13), (2, 'Cà phê hạt rang mộc', 13), (3, 'Ca cao lên men', 13),
  (4, 'Mật ong hoa cà phê', 4), (5, 'Mật ong rừng', 4), (6, 'Gạo ST25', 3), (7, 'Gạo nếp cái hoa vàng', 3),
  (8, 'Nước mắm nhĩ', 9), (9, 'Tương ớt', 9), (10, 'Trà xanh', 11), (11, 'Trà Shan tuyết', 11),
  (12, 'Trà atiso', 12), (13, 'Rượu nếp cái', 14), (14, 'Rượu cần', 14), (15, 'Rượu vang sim', 15),
  (16, 'Nước khoáng', 16), (17, 'Nước cốt chanh dây', 17), (18, 'Bánh tráng phơi sương', 6),
  (19, 'Bánh pía', 6), (20, 'Bún khô', 6), (21, 'Khô cá lóc', 8), (22, 'Chả cá', 8),
  (23, 'Lạp xưởng', 8), (24, 'Mứt gừng', 7), (25, 'Hạt điều rang muối', 7), (26, 'Tiêu đen', 10),
  (27, 'Muối tôm', 10), (28, 'Sầu riêng Ri6', 1), (29, 'Bưởi da xanh', 1), (30, 'Xoài cát Hòa Lộc', 1),
  (31, 'Trứng gà ác', 2), (32, 'Tinh dầu sả chanh', 20), (33, 'Cao actiso', 18),
  (34, 'Xà phòng thảo dược', 19), (35, 'Nón lá', 21), (36, 'Mây tre đan', 21), (37, 'Thổ cẩm', 22),
  (38, 'Lụa tơ tằm', 22), (39, 'Hoa lan hồ điệp', 23), (40, 'Bonsai', 24), (41, 'Cá cảnh', 25),
  (42, 'Du lịch cộng đồng', 26), (43, 'Măng khô', 7), (44, 'Nấm linh chi', 18), (45, 'Hạt mắc ca', 7);

create temp table word (n int primary key, w text);
insert into word values
  (1, 'Nông nghiệp'), (2, 'Dịch vụ nông nghiệp'), (3, 'Nông sản sạch'), (4, 'Phúc Lộc'),
  (5, 'An Phát'), (6, 'Hưng Thịnh'), (7, 'Thành Công'), (8, 'Xanh'), (9, 'Đồng Xanh'),
  (10, 'Sơn Lâm'), (11, 'Tân Tiến'), (12, 'Hợp Lực'), (13, 'Bình An'), (14, 'Minh Phát'),
  (15, 'Thiên Nhiên'), (16, 'Quê Hương');
create temp table person (n int primary key, w text);
insert into person values
  (1, 'Nguyễn Văn An'), (2, 'Trần Thị Bình'), (3, 'Lê Văn Cường'), (4, 'Phạm Thị Dung'),
  (5, 'Hoàng Văn Đức'), (6, 'Huỳnh Thị Hoa'), (7, 'Võ Văn Hùng'), (8, 'Đặng Thị Lan'),
  (9, 'Bùi Văn Minh'), (10, 'Đỗ Thị Ngọc'), (11, 'Y Bhim Niê'), (12, 'H''Hen Niê'),
  (13, 'Lò Văn Pâng'), (14, 'Giàng A Sử'), (15, 'Ngô Thị Thu'), (16, 'Dương Văn Tài');

-- Subjects: 32.7% cooperatives, 24.1% enterprises, 42.7% household businesses, the rest groups.
create temp table bench_subject as
  select g,
         case when g % 1000 < 327 then 'COOPERATIVE'
              when g % 1000 < 568 then 'ENTERPRISE'
              when g % 1000 < 995 then 'HOUSEHOLD_BUSINESS'
              else 'COOPERATIVE_GROUP' end as type,
         g % 10 < 7 as on_current_map,
         1 + (g * 7919) % (select count(*) from place) as current_n,
         1 + (g * 7919) % (select count(*) from old_place) as old_n
    from generate_series(1, 8000) g;

insert into subject (id, type, identifier_kind, identifier, name, map_version, province_code,
                     district_code, commune_code, current_province_code, representative,
                     woman_led, ethnic_minority_led, created_at, created_by)
select md5('subject' || s.g)::uuid, s.type,
       case s.type when 'HOUSEHOLD_BUSINESS' then 'PERSONAL_ID'
                   when 'COOPERATIVE_GROUP' then 'NONE' else 'TAX_CODE' end,
       case s.type when 'HOUSEHOLD_BUSINESS' then '0' || (66000000000 + s.g)::text
                   when 'COOPERATIVE_GROUP' then null else (3600000000 + s.g)::text end,
       case s.type
         when 'COOPERATIVE' then 'HTX ' || w.w || ' ' || pl.commune_name
         when 'ENTERPRISE' then 'Công ty TNHH ' || w.w || ' ' || pl.commune_name
         when 'HOUSEHOLD_BUSINESS' then 'Hộ kinh doanh ' || pe.w
         else 'Tổ hợp tác ' || w.w || ' ' || pl.commune_name end || ' ' || s.g,
       pl.map_version, pl.province_code, pl.district_code, pl.commune_code,
       pl.current_province_code, pe.w, s.g % 3 = 0, s.g % 7 = 0,
       now() - (s.g % 1400) * interval '1 day', 'bench'
  from bench_subject s
  join word w on w.n = 1 + s.g % 16
  join person pe on pe.n = 1 + (s.g / 16) % 16
  cross join lateral (
    select * from place where s.on_current_map and n = s.current_n
    union all
    select * from old_place where not s.on_current_map and n = s.old_n) pl;

-- Products: 18,000, two or three per subject, at the subject's place.
insert into product (id, subject_id, name, description, product_set, map_version, province_code,
                     district_code, commune_code, current_province_code, status, created_at,
                     created_by)
select md5('product' || g)::uuid, su.id,
       k.name || ' ' || coalesce(c.name, su.commune_code) || ' ' || g, null, k.product_set,
       su.map_version, su.province_code, su.district_code, su.commune_code,
       su.current_province_code, 'REGISTERED', su.created_at, 'bench'
  from generate_series(1, 18000) g
  join subject su on su.id = md5('subject' || (1 + g % 8000))::uuid
  join kind k on k.n = 1 + (g * 31) % 45
  left join admin_unit c
    on c.map_version = su.map_version and c.level = 'COMMUNE' and c.code = su.commune_code;

-- Certificates: one for each of the first 14,700 products, and an older, superseded one for 300
-- of them (re-recognition or upgrade): 15,000.
create temp table bench_certificate as
  select g, md5('product' || g)::uuid as product_id,
         case when g % 1000 < 730 then 3 when g % 1000 < 970 then 4 else 5 end as star,
         (current_date - 30 - (g * 37) % 1400) as decided
    from generate_series(1, 14700) g;

insert into certificate (id, decision_id, product_id, subject_id, province_code, district_code,
                         commune_code, map_version, current_province_code, product_set,
                         product_group, star_class, score, decision_number, decision_date,
                         issuing_body, issuing_level, valid_from, valid_to, status, public_code,
                         created_at, origin)
select md5('certificate' || b.g)::uuid, null, p.id, p.subject_id, p.province_code, p.district_code,
       p.commune_code, p.map_version, p.current_province_code, p.product_set, ps.group_number,
       b.star, case b.star when 3 then 50 + b.g % 20 when 4 then 70 + b.g % 20 else 90 + b.g % 10 end,
       (100 + b.g % 3900) || '/QĐ-' || case b.star when 5 then 'BNNMT' else 'UBND' end,
       b.decided,
       case b.star when 5 then 'Bộ Nông nghiệp và Môi trường'
            else 'Ủy ban nhân dân tỉnh ' || pr.name end,
       case b.star when 5 then 'CENTRAL' else 'PROVINCE' end,
       b.decided, (b.decided + interval '36 months')::date,
       case when b.g % 100 = 0 then 'REVOKED'
            when b.g % 100 = 1 then 'SUSPENDED'
            when (b.decided + interval '36 months')::date < current_date then 'EXPIRED'
            when (b.decided + interval '36 months')::date - 180 <= current_date then 'EXPIRING'
            else 'ISSUED' end,
       substr(translate(md5(random()::text) || md5(random()::text), '0189', 'wxyz'), 1, 26),
       b.decided::timestamptz, 'IMPORT'
  from bench_certificate b
  join product p on p.id = b.product_id
  join product_set ps on ps.number = p.product_set
  join admin_unit pr
    on pr.map_version = p.map_version and pr.level = 'PROVINCE' and pr.code = p.province_code;

insert into certificate (id, decision_id, product_id, subject_id, province_code, district_code,
                         commune_code, map_version, current_province_code, product_set,
                         product_group, star_class, score, decision_number, decision_date,
                         issuing_body, issuing_level, valid_from, valid_to, status, public_code,
                         created_at, origin, superseded_by)
select md5('old-certificate' || c.g)::uuid, null, c.product_id, c.subject_id, c.province_code,
       c.district_code, c.commune_code, c.map_version, c.current_province_code, c.product_set,
       c.product_group, 3, 60, (5000 + c.g) || '/QĐ-UBND', c.decision_date - 1000,
       c.issuing_body, 'PROVINCE', c.decision_date - 1000,
       (c.decision_date - 1000 + interval '36 months')::date, 'SUPERSEDED',
       substr(translate(md5(random()::text) || md5(random()::text), '0189', 'wxyz'), 1, 26),
       (c.decision_date - 1000)::timestamptz, 'IMPORT', c.id
  from (select x.*, row_number() over (order by x.id) as g from certificate x
         where x.star_class = 4) c
 where c.g <= 300;

-- The codes pgbench and the load generator pick from, in random order.
create table bench_code (n integer primary key, code varchar(40) not null);
insert into bench_code select row_number() over (order by random()), public_code from certificate;

commit;
analyze;
