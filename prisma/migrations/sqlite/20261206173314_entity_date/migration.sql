-- Entity.date: a session's start date or a resource's date, copied onto "Entity" by triggers so
-- that the dated lists' default order (latest first, undated last, then sort key and id) is one
-- index of "Entity" to walk rather than a join of every session to sort (issue 7). Every writer
-- keeps it right.
ALTER TABLE "Entity" ADD COLUMN "date" TEXT;

-- Not in schema.prisma: Prisma cannot model a partial index (and `db pull` skips it, so the
-- drift check of `pnpm db:migration` leaves it alone). SQLite sorts NULL first ascending, so DESC already puts
-- undated entities last, as the lists' ORDER BY "date" DESC NULLS LAST asks.
CREATE INDEX "Entity_kind_date_sortKey_id_idx" ON "Entity"("kind", "date" DESC, "sortKey", "id") WHERE "deletedAt" IS NULL;

UPDATE "Entity" SET "date" = (SELECT s."startDate" FROM "Session" s WHERE s."id" = "Entity"."id")
WHERE "id" IN (SELECT "id" FROM "Session" WHERE "startDate" IS NOT NULL);
UPDATE "Entity" SET "date" = (SELECT r."date" FROM "Resource" r WHERE r."id" = "Entity"."id")
WHERE "id" IN (SELECT "id" FROM "Resource" WHERE "date" IS NOT NULL);

CREATE TRIGGER "Session_entity_date_after_insert" AFTER INSERT ON "Session" WHEN NEW."startDate" IS NOT NULL
BEGIN
  UPDATE "Entity" SET "date" = NEW."startDate" WHERE "id" = NEW."id";
END;

CREATE TRIGGER "Session_entity_date_after_update" AFTER UPDATE OF "id", "startDate" ON "Session"
  WHEN OLD."id" IS NOT NEW."id" OR OLD."startDate" IS NOT NEW."startDate"
BEGIN
  UPDATE "Entity" SET "date" = NEW."startDate" WHERE "id" = NEW."id";
END;

CREATE TRIGGER "Resource_entity_date_after_insert" AFTER INSERT ON "Resource" WHEN NEW."date" IS NOT NULL
BEGIN
  UPDATE "Entity" SET "date" = NEW."date" WHERE "id" = NEW."id";
END;

CREATE TRIGGER "Resource_entity_date_after_update" AFTER UPDATE OF "id", "date" ON "Resource"
  WHEN OLD."id" IS NOT NEW."id" OR OLD."date" IS NOT NEW."date"
BEGIN
  UPDATE "Entity" SET "date" = NEW."date" WHERE "id" = NEW."id";
END;
