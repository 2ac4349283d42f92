-- The province targets of V4 (one value per province, indicator and year, set without a decision)
-- become plans: one DRAFT plan per province and year, titled "Chỉ tiêu năm {year}", on the current
-- map, holding that year's targets as province-wide PER_YEAR targets. They stay drafts because no
-- decision of the provincial People's Committee approved them: a draft is never in force, so the
-- province approves the plan (with its decision number) for the targets to count again. Who set a
-- target and when is kept in its note; the plan is created by whoever set the year's first target.
-- Then the old table goes: plans are the only place targets live.
create temporary table target_plan on commit drop as
select gen_random_uuid()                                   as plan_id,
       province_code,
       year,
       (array_agg(set_by order by set_at, indicator_code))[1] as created_by,
       min(set_at)                                         as created_at,
       max(set_at)                                         as updated_at
  from target
 group by province_code, year;

insert into plan (id, lineage_id, version, title, map_version, province_code, current_province_code,
                  period_start, period_end, status, created_by, created_at, updated_at)
select plan_id, plan_id, 1, 'Chỉ tiêu năm ' || year, '2025-07', province_code, province_code,
       year, year, 'DRAFT', created_by, created_at, updated_at
  from target_plan;

insert into plan_target (id, plan_id, indicator_code, commune_code, year, accumulation, kind, value, note)
select t.id, p.plan_id, t.indicator_code, null, t.year, 'PER_YEAR', t.kind, t.value,
       'Đặt bởi ' || t.set_by || ' lúc ' || to_char(t.set_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI')
  from target t
  join target_plan p on p.province_code = t.province_code and p.year = t.year;

drop table target;
