-- A recognition decision either recognises the result (công nhận) or refuses it (không công nhận,
-- with the reason). The deciding level (issuing_level) is the level of the dossier it is recorded
-- on; the result it rests on may come from an upper level's dossier (result_dossier_id, its level in
-- evaluation_level) when the centre scored a forwarded product below its own competence and
-- referred it back. The product name is fixed as decided, for the decision annex.
alter table recognition_decision
    add column outcome           varchar(20),
    add column reason            text,
    add column evaluation_level  varchar(20),
    add column result_dossier_id uuid references dossier (id),
    add column product_name      text;

update recognition_decision r
   set outcome = 'RECOGNISED',
       evaluation_level = r.issuing_level,
       result_dossier_id = r.dossier_id,
       product_name = (select d.product_name from dossier d where d.id = r.dossier_id);

alter table recognition_decision
    alter column outcome set not null,
    alter column evaluation_level set not null,
    alter column result_dossier_id set not null,
    alter column product_name set not null,
    add constraint recognition_decision_outcome
        check (outcome in ('RECOGNISED', 'NOT_RECOGNISED')),
    add constraint recognition_decision_refusal_has_reason
        check (outcome = 'RECOGNISED' or (reason is not null and length(trim(reason)) > 0));

create index recognition_decision_listing
    on recognition_decision (province_code, decision_date, decision_number);
