-- Product ideas (phiếu đăng ký ý tưởng sản phẩm, step 2) and business plans (phương án/dự án sản
-- xuất kinh doanh, step 3) from ocop.rating.registration.v1. An idea counts in the year of its
-- registration; a plan in the year it was approved.
create table idea_fact (
    idea_id                 uuid         primary key,
    cycle_id                uuid,
    subject_id              uuid,
    subject_type            varchar(30),
    product_name            varchar(300),
    product_set             smallint,
    -- The product group (1–6) of the set, so ideas can be counted by group like products.
    product_group           smallint,
    province_code           varchar(2)   not null references province (code),
    reported_province_code  varchar(10)  not null,
    commune_code            varchar(10),
    registered_on           date         not null,
    year                    smallint     not null,
    source_event_id         varchar(100) not null,
    recorded_at             timestamptz  not null default now()
);
create index idea_fact_year on idea_fact (year, province_code);

-- One row per plan: its latest review, and the date of its approval (the earliest one seen, so a
-- re-published approval changes nothing). Its commune is its idea's.
create table business_plan_fact (
    plan_id                 uuid         primary key,
    idea_id                 uuid,
    subject_id              uuid,
    province_code           varchar(2)   not null references province (code),
    reported_province_code  varchar(10)  not null,
    status                  varchar(30)  not null,
    reviewed_on             date         not null,
    approved_on             date,
    approved_year           smallint,
    approved_event_id       varchar(100),
    state_at                timestamptz  not null,
    state_event_id          varchar(100) not null,
    recorded_at             timestamptz  not null default now()
);
create index business_plan_fact_approved on business_plan_fact (approved_year, province_code);
create index business_plan_fact_idea on business_plan_fact (idea_id);
