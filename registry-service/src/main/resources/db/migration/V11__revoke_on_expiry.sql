-- A failed re-evaluation (đánh giá lại không đạt) does not end a certificate at once: it runs to
-- its end of validity and is then revoked (thu hồi) instead of merely expiring. The refusal is
-- recorded on the certificate in force when the rating service announces it; the expiry engine
-- acts on it.
alter table certificate
    add column revoke_on_expiry_decision_id     uuid,
    add column revoke_on_expiry_decision_number varchar(100),
    add column revoke_on_expiry_decision_date   date,
    add column revoke_on_expiry_reason          text;

create index certificate_revoke_on_expiry on certificate (valid_to)
    where revoke_on_expiry_decision_id is not null;
