-- Entity.degree: the number of live links touching an entity, kept by triggers so that every
-- writer (seed, import, mutations, raw SQL) keeps it right without remembering to.
ALTER TABLE "Entity" ADD COLUMN "degree" INTEGER NOT NULL DEFAULT 0;

CREATE INDEX "Entity_kind_degree_idx" ON "Entity"("kind", "degree");

UPDATE "Entity" SET "degree" = (
  SELECT COUNT(*) FROM "Link"
  WHERE "Link"."deletedAt" IS NULL AND ("Link"."sourceId" = "Entity"."id" OR "Link"."targetId" = "Entity"."id")
);

CREATE TRIGGER "Link_degree_after_insert" AFTER INSERT ON "Link" WHEN NEW."deletedAt" IS NULL
BEGIN
  UPDATE "Entity" SET "degree" = "degree" + 1 WHERE "id" IN (NEW."sourceId", NEW."targetId");
END;

CREATE TRIGGER "Link_degree_after_delete" AFTER DELETE ON "Link" WHEN OLD."deletedAt" IS NULL
BEGIN
  UPDATE "Entity" SET "degree" = "degree" - 1 WHERE "id" IN (OLD."sourceId", OLD."targetId");
END;

CREATE TRIGGER "Link_degree_after_update" AFTER UPDATE OF "deletedAt", "sourceId", "targetId" ON "Link"
BEGIN
  UPDATE "Entity" SET "degree" = "degree" - 1
  WHERE OLD."deletedAt" IS NULL AND "id" IN (OLD."sourceId", OLD."targetId");
  UPDATE "Entity" SET "degree" = "degree" + 1
  WHERE NEW."deletedAt" IS NULL AND "id" IN (NEW."sourceId", NEW."targetId");
END;
