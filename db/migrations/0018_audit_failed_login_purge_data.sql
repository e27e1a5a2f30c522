-- The audit trail stays append-only, with one exception: a failed login for an address that
-- belongs to no account (its entity is not a user id) may be deleted once it is more than
-- 90 days old. Older versions stored the address as typed; those rows carry personal data
-- of people who have no account, so they are not kept as evidence forever.
CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE'
     AND OLD.action = 'auth.login_failed'
     AND OLD.actor_user_id IS NULL
     AND OLD.entity_id !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
     AND OLD.at < now() - interval '90 days' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP;
END;
$$;
