-- Full-text search over entities (hand-written: the extension, table, functions and triggers
-- are not in the Prisma model; packages/db/src/cli/new-migration.ts hides them from its drift
-- check).
--
-- One row per live entity, kept current by triggers, never by application code:
--   names       the entity's normalised label (sortKey), the normalised names of its aliases and
--               its acronym, plus every two adjacent words of those run together ("joung youl"
--               also gives "joungyoul"), so spellings that split or join a name still meet;
--   exactNames  the same names, one per element, for the exact-name tier of the ranking;
--   document    names with weight A and Entity.searchText (names, acronyms, descriptions, bios,
--               summaries, ...) with weight B, under the `simple` configuration: the text is
--               already lower-case and accent-free, and names must not be stemmed.
-- pg_trgm serves the fuzzy fallback on names for queries no word matches (misspellings).
-- The queries are in packages/db/src/search/.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE "EntitySearch" (
    "entityId" TEXT NOT NULL,
    "names" TEXT NOT NULL,
    "exactNames" TEXT[] NOT NULL,
    "document" TSVECTOR NOT NULL,

    CONSTRAINT "EntitySearch_pkey" PRIMARY KEY ("entityId")
);

CREATE INDEX "EntitySearch_document_idx" ON "EntitySearch" USING GIN ("document");
CREATE INDEX "EntitySearch_names_trgm_idx" ON "EntitySearch" USING GIN ("names" gin_trgm_ops);

-- Rebuilds one entity's row, or removes it when the entity is gone or soft-deleted.
CREATE FUNCTION "entity_search_refresh"(entity_id TEXT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  search_text TEXT;
  all_names TEXT[];
  joined TEXT[];
  name_text TEXT;
BEGIN
  SELECT "searchText" INTO search_text FROM "Entity" WHERE "id" = entity_id AND "deletedAt" IS NULL;
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
  INSERT INTO "EntitySearch" ("entityId", "names", "exactNames", "document")
  VALUES (
    entity_id,
    name_text,
    all_names,
    setweight(to_tsvector('simple', name_text), 'A') || setweight(to_tsvector('simple', search_text), 'B')
  )
  ON CONFLICT ("entityId") DO UPDATE
    SET "names" = EXCLUDED."names", "exactNames" = EXCLUDED."exactNames", "document" = EXCLUDED."document";
END
$$;

-- One trigger function for every table that feeds the index; its argument names the column
-- holding the entity id ("id" on Entity and Organisation, "entityId" on Alias).
CREATE FUNCTION "entity_search_on_write"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_id TEXT;
  new_id TEXT;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    old_id := to_jsonb(OLD) ->> TG_ARGV[0];
    PERFORM "entity_search_refresh"(old_id);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    new_id := to_jsonb(NEW) ->> TG_ARGV[0];
    IF new_id IS DISTINCT FROM old_id THEN
      PERFORM "entity_search_refresh"(new_id);
    END IF;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Entity_search" AFTER INSERT OR DELETE OR UPDATE OF "id", "sortKey", "searchText", "deletedAt" ON "Entity"
FOR EACH ROW EXECUTE FUNCTION "entity_search_on_write"('id');

CREATE TRIGGER "Alias_search" AFTER INSERT OR DELETE OR UPDATE OF "entityId", "normalised" ON "Alias"
FOR EACH ROW EXECUTE FUNCTION "entity_search_on_write"('entityId');

CREATE TRIGGER "Organisation_search" AFTER INSERT OR DELETE OR UPDATE OF "id", "acronym" ON "Organisation"
FOR EACH ROW EXECUTE FUNCTION "entity_search_on_write"('id');

-- Index what the database already holds.
SELECT "entity_search_refresh"("id") FROM "Entity";
