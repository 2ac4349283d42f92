-- What happened to a dossier between levels (chuyển cấp, kết quả cấp trên trả về): forwarded, a
-- decision recorded at another level of its chain, referred back to the lower level. A dossier's
-- status alone does not say who decided, since a forwarded dossier takes the upper level's outcome
-- without a decision of its own.
create table dossier_routing_event (
    id                 uuid         primary key,
    dossier_id         uuid         not null references dossier (id),
    related_dossier_id uuid         references dossier (id),
    kind               varchar(30)  not null,
    from_status        varchar(20),
    to_status          varchar(20)  not null,
    decision_id        uuid         references recognition_decision (id),
    note               text         not null,
    actor              varchar(100) not null,
    occurred_at        timestamptz  not null
);
create index dossier_routing_event_dossier on dossier_routing_event (dossier_id, occurred_at);
