-- The entity's kind and name (sortKey) beside its search document (hand-written, like the
-- search index itself: 20261123120000_full_text_search). Search filters by kind and breaks
-- ranking ties by name; with both in "EntitySearch", a word that thousands of entities carry is
-- ranked without looking each of them up in "Entity" (issue 7's Q2: at M, ~90 of 154 ms of
-- "workshop" went to those lookups). "deletedAt" needs no copy: entity_search_refresh keeps rows
-- for live entities only.

ALTER TABLE "EntitySearch" ADD COLUMN "kind" TEXT, ADD COLUMN "sortKey" TEXT;
UPDATE "EntitySearch" s SET "kind" = e."kind"::text, "sortKey" = e."sortKey" FROM "Entity" e WHERE e."id" = s."entityId";
ALTER TABLE "EntitySearch" ALTER COLUMN "kind" SET NOT NULL, ALTER COLUMN "sortKey" SET NOT NULL;

CREATE OR REPLACE FUNCTION "entity_search_refresh"(entity_id TEXT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  search_text TEXT;
  entity_kind TEXT;
  sort_key TEXT;
  all_names TEXT[];
  joined TEXT[];
  name_text TEXT;
BEGIN
  SELECT "searchText", "kind"::text, "sortKey" INTO search_text, entity_kind, sort_key FROM "Entity" WHERE "id" = entity_id AND "deletedAt" IS NULL;
  IF NOT FOUND THEN
    DELETE FROM "EntitySearch" WHERE "entityId" = entity_id;
    RETURN;
  END IF;

  -- Acronyms are stored as written ("C.I.T.I.E.S", "ITC-ILO"): dots dropped, hyphens as spaces.
  SELECT coalesce(array_agg(DISTINCT n.name), '{}') INTO all_names
  FROM (
    SELECT "sortKey" FROM "Entity" WHERE "id" = entity_id
    UNION ALL
    SELECT "normalised" FROM "Alias" WHERE "entityId" = entity_id
    UNION ALL
    SELECT lower(trim(replace(replace("acronym", '.', ''), '-', ' '))) FROM "Organisation" WHERE "id" = entity_id AND "acronym" IS NOT NULL
  ) AS n(name)
  WHERE n.name <> '';

  SELECT coalesce(array_agg(DISTINCT w.word || w.next), '{}') INTO joined
  FROM unnest(all_names) AS a(name),
       LATERAL (
         SELECT t.word, lead(t.word) OVER (ORDER BY t.n) AS next
         FROM regexp_split_to_table(a.name, ' ') WITH ORDINALITY AS t(word, n)
       ) AS w
  WHERE w.next IS NOT NULL;

  name_text := array_to_string(all_names || joined, ' ');
  INSERT INTO "EntitySearch" ("entityId", "kind", "sortKey", "names", "exactNames", "document")
  VALUES (
    entity_id,
    entity_kind,
    sort_key,
    name_text,
    all_names,
    setweight(to_tsvector('simple', name_text), 'A') || setweight(to_tsvector('simple', search_text), 'B')
  )
  ON CONFLICT ("entityId") DO UPDATE
    SET "kind" = EXCLUDED."kind", "sortKey" = EXCLUDED."sortKey", "names" = EXCLUDED."names", "exactNames" = EXCLUDED."exactNames", "document" = EXCLUDED."document";
END
$$;

-- A change of kind now reaches the index too.
DROP TRIGGER "Entity_search" ON "Entity";
CREATE TRIGGER "Entity_search" AFTER INSERT OR DELETE OR UPDATE OF "id", "kind", "sortKey", "searchText", "deletedAt" ON "Entity"
FOR EACH ROW EXECUTE FUNCTION "entity_search_on_write"('id');
