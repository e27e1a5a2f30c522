-- The live session of a token with its user, roles, organisations and coordinated provisions:
-- asked on every request (auth.repository.ts, findSessionIdentity). A function, so that
-- PostgreSQL plans it once per connection instead of parsing and planning the same query on
-- every request.
CREATE FUNCTION session_identity(token_hash_in text, now_in timestamptz)
RETURNS TABLE (
  csrf_token text,
  last_seen_at timestamptz,
  pending_step text,
  id uuid,
  email text,
  name text,
  active boolean,
  roles json,
  organisations json,
  provision_ids json
)
LANGUAGE plpgsql STABLE
AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  SELECT s.csrf_token, s.last_seen_at, s.pending_step, u.id, u.email, u.name, u.active,
    coalesce((SELECT json_agg(r.role ORDER BY r.role) FROM user_roles r WHERE r.user_id = u.id),
      '[]'::json),
    coalesce((
      SELECT json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY o.name)
      FROM organisation_members m JOIN organisations o ON o.id = m.organisation_id
      WHERE m.user_id = u.id), '[]'::json),
    coalesce((SELECT json_agg(c.provision_id) FROM provision_coordinators c WHERE c.user_id = u.id),
      '[]'::json)
  FROM sessions s JOIN users u ON u.id = s.user_id
  WHERE s.token_hash = token_hash_in AND s.expires_at > now_in;
END
$$;
