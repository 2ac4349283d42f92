-- Council sessions (phiên họp) and their attendance, taken when the session opens with the role
-- each member held then. A dossier sits before one session at a time.
create table council_session (
    id            uuid         primary key,
    council_id    uuid         not null references council (id),
    council_kind  varchar(20)  not null,
    level         varchar(20)  not null,
    province_code varchar(2),
    held_on       date         not null,
    place         varchar(300) not null,
    status        varchar(20)  not null,
    planned_by    varchar(100) not null,
    planned_at    timestamptz  not null,
    opened_at     timestamptz,
    closed_at     timestamptz,
    cancelled_at  timestamptz,
    cancel_reason text,
    version       bigint       not null
);
create index council_session_council on council_session (council_id, status);
create index council_session_province on council_session (province_code);

create table session_attendance (
    session_id uuid         not null references council_session (id),
    position   integer      not null,
    username   varchar(100) not null,
    role       varchar(20)  not null,
    present    boolean      not null,
    primary key (session_id, position)
);

alter table dossier
    add constraint dossier_session_fk foreign key (session_id) references council_session (id);
