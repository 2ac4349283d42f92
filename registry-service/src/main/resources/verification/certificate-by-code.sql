-- The public verification's read of one certificate by its code (the cache's miss path), used by
-- vn.ocop.registry.verification.VerificationQuery and, verbatim, by bench/verification.sh (pgbench).
-- One parameter: the code. A superseded certificate's successor is the newest certificate of the
-- same product decided after it.
select c.id, c.product_id, c.subject_id, c.public_code,
       p.name, c.product_set, ps.name, c.product_group, ps.group_name, ps.group_name_en,
       s.name, s.type,
       c.map_version, c.province_code, rp.name, rd.name, rc.name,
       c.current_province_code, cp.name,
       c.star_class, c.issuing_body, c.issuing_level, c.decision_number, c.decision_date,
       c.valid_from, c.valid_to, c.status,
       case when c.status = 'SUPERSEDED' then
         (select n.public_code from certificate n
           where n.product_id = c.product_id and n.id <> c.id
             and (n.decision_date, n.created_at) > (c.decision_date, c.created_at)
           order by n.decision_date desc, n.created_at desc limit 1)
       end
  from certificate c
  join product p on p.id = c.product_id
  join subject s on s.id = c.subject_id
  join product_set ps on ps.number = c.product_set
  left join admin_unit rp
    on rp.map_version = c.map_version and rp.level = 'PROVINCE' and rp.code = c.province_code
  left join admin_unit rd
    on rd.map_version = c.map_version and rd.level = 'DISTRICT' and rd.code = c.district_code
  left join admin_unit rc
    on rc.map_version = c.map_version and rc.level = 'COMMUNE' and rc.code = c.commune_code
  left join admin_unit cp
    on cp.map_version = '2025-07' and cp.level = 'PROVINCE' and cp.code = c.current_province_code
 where c.public_code = ?
