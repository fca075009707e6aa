-- Full-text search over entities (hand-written: FTS5 tables, views and triggers are not in the
-- Prisma model; packages/db/src/cli/new-migration.ts hides them from its drift check).
--
-- One FTS5 document per live entity, kept current by triggers, never by application code:
--   names       the entity's normalised label (sortKey), the normalised names of its aliases and
--               its acronym, plus every two adjacent words of those run together ("joung youl"
--               also gives "joungyoul"), so spellings that split or join a name still meet;
--   body        Entity.searchText: names, acronyms, descriptions, bios, summaries, ...;
--   exactNames  the same names as "|name|name|", for the exact-name tier of the ranking.
-- The queries are in packages/db/src/search/.

-- FTS5 needs integer rowids; Entity's implicit rowid may be renumbered by VACUUM, so the FTS row
-- of an entity is found through this table instead.
CREATE TABLE "EntitySearchKey" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "entityId" TEXT NOT NULL UNIQUE
);

-- Text is already normalised by the writers (lower-case, accent-free); unicode61 folds again
-- so that a writer who forgets cannot make a row unfindable.
CREATE VIRTUAL TABLE "EntitySearch" USING fts5(
    "names",
    "body",
    "exactNames" UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- The names an entity goes by, one row per name, with its words as a JSON array (normalised
-- text has no quotes or backslashes; json_valid guards against writers that break that rule).
-- Acronyms are stored as written ("C.I.T.I.E.S", "ITC-ILO"): dots dropped, hyphens as spaces.
CREATE VIEW "EntitySearchName" AS
SELECT "entityId", "name", '["' || replace("name", ' ', '","') || '"]' AS "words"
FROM (
    SELECT "id" AS "entityId", "sortKey" AS "name" FROM "Entity"
    UNION ALL
    SELECT "entityId", "normalised" FROM "Alias"
    UNION ALL
    SELECT "id", lower(trim(replace(replace("acronym", '.', ''), '-', ' '))) FROM "Organisation" WHERE "acronym" IS NOT NULL
)
WHERE "name" <> '';

-- Inserting an entity id here rebuilds that entity's FTS row (or removes it when the entity is
-- gone or soft-deleted): SQLite triggers cannot call procedures, so the one copy of the rebuild
-- lives in this view's INSTEAD OF trigger and every table's trigger inserts into the view.
CREATE VIEW "EntitySearchRefresh" AS SELECT NULL AS "entityId" WHERE 0;

CREATE TRIGGER "EntitySearchRefresh_rebuild" INSTEAD OF INSERT ON "EntitySearchRefresh"
BEGIN
    DELETE FROM "EntitySearch"
    WHERE rowid = (SELECT "id" FROM "EntitySearchKey" WHERE "entityId" = NEW."entityId");
    DELETE FROM "EntitySearchKey"
    WHERE "entityId" = NEW."entityId"
      AND NOT EXISTS (SELECT 1 FROM "Entity" WHERE "id" = NEW."entityId" AND "deletedAt" IS NULL);
    -- Not INSERT OR IGNORE: inside a trigger, the conflict clause of the statement that fired it
    -- (an upsert's ON CONFLICT, say) replaces the trigger's own.
    INSERT INTO "EntitySearchKey" ("entityId")
    SELECT "id" FROM "Entity"
    WHERE "id" = NEW."entityId" AND "deletedAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "EntitySearchKey" WHERE "entityId" = NEW."entityId");
    -- group_concat(DISTINCT ...) takes no separator: normalised names hold no commas, so the
    -- default one is swapped afterwards. Duplicates would only inflate term frequencies.
    INSERT INTO "EntitySearch" (rowid, "names", "body", "exactNames")
    SELECT
        k."id",
        replace(
            (SELECT group_concat(DISTINCT "name") FROM "EntitySearchName" WHERE "entityId" = NEW."entityId")
            || coalesce(',' || (
                SELECT group_concat(DISTINCT w1."value" || w2."value")
                FROM "EntitySearchName" n, json_each(n."words") w1, json_each(n."words") w2
                WHERE n."entityId" = NEW."entityId" AND json_valid(n."words") AND w2."key" = w1."key" + 1
            ), ''),
            ',', ' '),
        e."searchText",
        '|' || replace((SELECT group_concat(DISTINCT "name") FROM "EntitySearchName" WHERE "entityId" = NEW."entityId"), ',', '|') || '|'
    FROM "Entity" e
    JOIN "EntitySearchKey" k ON k."entityId" = e."id"
    WHERE e."id" = NEW."entityId" AND e."deletedAt" IS NULL;
END;

CREATE TRIGGER "Entity_search_insert" AFTER INSERT ON "Entity"
BEGIN
    INSERT INTO "EntitySearchRefresh" ("entityId") VALUES (NEW."id");
END;

CREATE TRIGGER "Entity_search_update" AFTER UPDATE OF "id", "sortKey", "searchText", "deletedAt" ON "Entity"
BEGIN
    INSERT INTO "EntitySearchRefresh" ("entityId") VALUES (OLD."id");
    INSERT INTO "EntitySearchRefresh" ("entityId") SELECT NEW."id" WHERE NEW."id" <> OLD."id";
END;

CREATE TRIGGER "Entity_search_delete" AFTER DELETE ON "Entity"
BEGIN
    INSERT INTO "EntitySearchRefresh" ("entityId") VALUES (OLD."id");
END;

CREATE TRIGGER "Alias_search_insert" AFTER INSERT ON "Alias"
BEGIN
    INSERT INTO "EntitySearchRefresh" ("entityId") VALUES (NEW."entityId");
END;

CREATE TRIGGER "Alias_search_update" AFTER UPDATE OF "entityId", "normalised" ON "Alias"
BEGIN
    INSERT INTO "EntitySearchRefresh" ("entityId") VALUES (OLD."entityId");
    INSERT INTO "EntitySearchRefresh" ("entityId") SELECT NEW."entityId" WHERE NEW."entityId" <> OLD."entityId";
END;

CREATE TRIGGER "Alias_search_delete" AFTER DELETE ON "Alias"
BEGIN
    INSERT INTO "EntitySearchRefresh" ("entityId") VALUES (OLD."entityId");
END;

CREATE TRIGGER "Organisation_search_insert" AFTER INSERT ON "Organisation"
BEGIN
    INSERT INTO "EntitySearchRefresh" ("entityId") VALUES (NEW."id");
END;

CREATE TRIGGER "Organisation_search_update" AFTER UPDATE OF "id", "acronym" ON "Organisation"
BEGIN
    INSERT INTO "EntitySearchRefresh" ("entityId") VALUES (OLD."id");
    INSERT INTO "EntitySearchRefresh" ("entityId") SELECT NEW."id" WHERE NEW."id" <> OLD."id";
END;

CREATE TRIGGER "Organisation_search_delete" AFTER DELETE ON "Organisation"
BEGIN
    INSERT INTO "EntitySearchRefresh" ("entityId") VALUES (OLD."id");
END;

-- Index what the database already holds.
INSERT INTO "EntitySearchRefresh" ("entityId") SELECT "id" FROM "Entity";
