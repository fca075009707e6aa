-- Entity.degree: the number of live links touching an entity, kept by triggers so that every
-- writer (seed, import, mutations, raw SQL) keeps it right without remembering to.
ALTER TABLE "Entity" ADD COLUMN "degree" INTEGER NOT NULL DEFAULT 0;

CREATE INDEX "Entity_kind_degree_idx" ON "Entity"("kind", "degree");

UPDATE "Entity" SET "degree" = (
  SELECT COUNT(*) FROM "Link"
  WHERE "Link"."deletedAt" IS NULL AND ("Link"."sourceId" = "Entity"."id" OR "Link"."targetId" = "Entity"."id")
);

CREATE FUNCTION "Link_maintain_degree"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') AND OLD."deletedAt" IS NULL THEN
    UPDATE "Entity" SET "degree" = "degree" - 1 WHERE "id" IN (OLD."sourceId", OLD."targetId");
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."deletedAt" IS NULL THEN
    UPDATE "Entity" SET "degree" = "degree" + 1 WHERE "id" IN (NEW."sourceId", NEW."targetId");
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Link_degree_after_insert_delete" AFTER INSERT OR DELETE ON "Link"
  FOR EACH ROW EXECUTE FUNCTION "Link_maintain_degree"();

CREATE TRIGGER "Link_degree_after_update" AFTER UPDATE OF "deletedAt", "sourceId", "targetId" ON "Link"
  FOR EACH ROW EXECUTE FUNCTION "Link_maintain_degree"();
