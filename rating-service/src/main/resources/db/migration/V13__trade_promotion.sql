-- Step 6: trade-promotion activities (xúc tiến thương mại) of a cycle round and the products each
-- covers.
create table promotion_activity (
    id            uuid         primary key,
    cycle_id      uuid         not null references cycle (id),
    province_code varchar(2)   not null,
    kind          varchar(30)  not null,
    title         varchar(300) not null,
    place         varchar(300),
    url           varchar(1000),
    starts_on     date         not null,
    ends_on       date         not null,
    recorded_by   varchar(100) not null,
    recorded_at   timestamptz  not null,
    constraint promotion_activity_dates check (starts_on <= ends_on)
);
create index promotion_activity_cycle on promotion_activity (cycle_id);

create table promotion_product (
    activity_id uuid    not null references promotion_activity (id),
    position    integer not null,
    product_id  uuid    not null,
    primary key (activity_id, position)
);
create index promotion_product_product on promotion_product (product_id);
