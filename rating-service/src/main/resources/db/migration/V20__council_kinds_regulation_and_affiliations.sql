-- Councils and advisory teams (tổ tư vấn), each with its regulation (quy chế hoạt động: null values
-- follow the dossier's rule set), and members with their names and the registry subjects they are
-- tied to, from which conflicts of interest are detected.
alter table council
    add column kind             varchar(20) not null default 'COUNCIL',
    add column quorum_percent   integer check (quorum_percent between 1 and 100),
    add column chair_required   boolean,
    add column max_score_spread numeric(5, 2) check (max_score_spread > 0);
alter table council alter column kind drop default;

alter table council_member
    add column full_name            varchar(200),
    add column title                varchar(300),
    add column employer_subject_ids uuid[] not null default '{}',
    add column related_subject_ids  uuid[] not null default '{}';

-- Members are replaced in place, position by position, so a username or the chair may sit on two
-- rows for a moment inside the transaction: check both rules at commit.
alter table council_member drop constraint council_member_once;
alter table council_member
    add constraint council_member_once unique (council_id, username) deferrable initially deferred;
drop index council_one_chair;
alter table council_member
    add constraint council_one_chair exclude using btree (council_id with =) where (role = 'CHAIR')
        deferrable initially deferred;
