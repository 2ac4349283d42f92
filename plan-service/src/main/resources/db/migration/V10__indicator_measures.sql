-- How each indicator's actual is computed is data, not code per indicator: a measure from a closed
-- set the code knows (what is counted, from which facts), plus filter parameters that narrow it
-- (star range, dossier kinds, subject types, certificate statuses, promotion kinds, product groups).
-- A RATIO divides two other indicators (a percentage); an ENTERED indicator is typed in by the
-- province (số liệu nhập tay) because no service knows it, e.g. the number of craft villages.
alter table indicator add column measure varchar(40);
update indicator set measure = 'CERTIFIED_PRODUCTS';
alter table indicator alter column measure set not null;
alter table indicator add constraint indicator_measure_known check (measure in (
    'CERTIFIED_PRODUCTS', 'NOMINATED_PRODUCTS', 'PARTICIPATING_SUBJECTS', 'NEW_SUBJECTS',
    'IDEAS_REGISTERED', 'BUSINESS_PLANS_APPROVED', 'CERTIFICATES_BY_STATUS', 'PROMOTIONS', 'RATIO',
    'ENTERED'));

-- Filters: null means "not filtered"; an empty array is refused (it would count nothing).
alter table indicator add column dossier_kinds varchar(20)[];
alter table indicator add column subject_types varchar(30)[];
alter table indicator add column certificate_statuses varchar(20)[];
alter table indicator add column promotion_kinds varchar(30)[];
alter table indicator add column product_groups smallint[];
alter table indicator add constraint indicator_filters_not_empty check (
    (dossier_kinds is null or cardinality(dossier_kinds) > 0)
    and (subject_types is null or cardinality(subject_types) > 0)
    and (certificate_statuses is null or cardinality(certificate_statuses) > 0)
    and (promotion_kinds is null or cardinality(promotion_kinds) > 0)
    and (product_groups is null or cardinality(product_groups) > 0));

-- A ratio's parts; an indicator in use by a ratio cannot be removed under it.
alter table indicator add column numerator_code varchar(50) references indicator (code);
alter table indicator add column denominator_code varchar(50) references indicator (code);
alter table indicator add constraint indicator_ratio_parts check (
    (measure = 'RATIO') = (numerator_code is not null and denominator_code is not null)
    and (measure = 'RATIO' or (numerator_code is null and denominator_code is null)));
alter table indicator add constraint indicator_entered_by_hand check (
    measure = 'RATIO' or ((measure = 'ENTERED') = (computation = 'MANUAL')));
alter table indicator add constraint indicator_ratio_is_percent check (
    measure <> 'RATIO' or unit = 'PERCENT');

-- An EVENT indicator used to need one source event type; a ratio of event indicators has none of
-- its own (its sources are its parts'), so that rule goes. The constraint was declared without a
-- name, hence the lookup by its definition.
do $$
declare
    c record;
begin
    for c in select conname from pg_constraint
             where conrelid = 'indicator'::regclass and contype = 'c'
               and pg_get_constraintdef(oid) like '%source_event_type%'
    loop
        execute format('alter table indicator drop constraint %I', c.conname);
    end loop;
end $$;

alter table indicator add column description_vi text;
-- Who added an indicator through the API (null for the seeded catalogue).
alter table indicator add column created_by varchar(100);
alter table indicator add column created_at timestamptz;
