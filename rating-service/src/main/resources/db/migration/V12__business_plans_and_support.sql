-- Step 3: business plans (phương án/dự án sản xuất kinh doanh), one per accepted idea; step 4: the
-- support the state gives while the plan is carried out and the subject's progress milestones.
create table business_plan (
    id                  uuid         primary key,
    idea_id             uuid         not null references product_idea (id),
    cycle_id            uuid         not null references cycle (id),
    province_code       varchar(2)   not null,
    commune_code        varchar(5)   not null,
    subject_id          uuid         not null,
    summary             text         not null,
    investment_vnd      bigint       not null check (investment_vnd >= 0),
    capital_sources     text         not null,
    production_capacity text         not null,
    target_market       text         not null,
    timeline            text         not null,
    requested_support   text         not null,
    status              varchar(30)  not null,
    review_reason       text,
    revision            integer      not null,
    product_id          uuid,
    submitted_by        varchar(100) not null,
    submitted_at        timestamptz  not null,
    reviewed_by         varchar(100),
    reviewed_at         timestamptz,
    ready_on            date,
    version             bigint       not null,
    constraint business_plan_once_per_idea unique (idea_id)
);
create index business_plan_cycle on business_plan (cycle_id);
create index business_plan_subject on business_plan (subject_id);

create table plan_support (
    id          uuid         primary key,
    plan_id     uuid         not null references business_plan (id),
    kind        varchar(30)  not null,
    provider    varchar(300) not null,
    amount_vnd  bigint       check (amount_vnd >= 0),
    received_on date         not null,
    note        text,
    recorded_by varchar(100) not null,
    recorded_at timestamptz  not null
);
create index plan_support_plan on plan_support (plan_id);

create table plan_milestone (
    id          uuid         primary key,
    plan_id     uuid         not null references business_plan (id),
    title       varchar(300) not null,
    reached_on  date         not null,
    note        text,
    recorded_by varchar(100) not null,
    recorded_at timestamptz  not null
);
create index plan_milestone_plan on plan_milestone (plan_id);
