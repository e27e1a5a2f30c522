-- The scope of the regulation and the VOG declaration (docs/rules/scope-of-the-regulation.md).
-- Schemes get the general condition "not run by a professional organisation" and the VOG
-- condition becomes the board's declaration. Rounds and applications keep the form they froze.
UPDATE "schemes"
SET "definition" = jsonb_set(
  "definition",
  '{generalConditions}',
  jsonb_build_array(jsonb_build_object(
    'code', 'not_professional',
    'label', 'Initiatief van vrijwilligers of inwoners',
    'explanation', 'Het initiatief is ontstaan vanuit een vrijwilligersorganisatie of inwoners en wordt niet uitgevoerd door een professionele organisatie, zoals het welzijnswerk. Betaalde krachten mogen meewerken waar de categorie dat toelaat.'
  )) || (
    SELECT coalesce(jsonb_agg(
      CASE WHEN c->>'code' = 'vog' THEN c || jsonb_build_object(
        'label', 'Verklaring omtrent het gedrag (VOG) van vrijwilligers',
        'explanation', 'Het bestuur verklaart dat de vrijwilligers die met kwetsbare mensen werken een VOG hebben. Stuur geen kopieën van VOG’s mee: de gemeente verzamelt die niet.'
      ) ELSE c END
    ), '[]'::jsonb)
    FROM jsonb_array_elements("definition"->'generalConditions') AS c
  )
)
WHERE NOT ("definition"->'generalConditions' @> '[{"code": "not_professional"}]'::jsonb);
--> statement-breakpoint
-- Copies of volunteers' VOGs are no longer collected: erase the ones already stored, each with
-- an audit row that names the attachment but holds no personal data.
INSERT INTO "audit_events" ("actor_email", "action", "entity_type", "entity_id", "before", "after")
SELECT 'system', 'application.detach', 'application', "application_id"::text,
  jsonb_build_object('attachmentId', "id", 'kind', "kind", 'sha256', "sha256"),
  jsonb_build_object('reason', 'Kopieën van VOG''s worden niet meer verzameld (dataminimalisatie).')
FROM "attachments" WHERE "kind" = 'vog';
--> statement-breakpoint
DELETE FROM "attachments" WHERE "kind" = 'vog';
