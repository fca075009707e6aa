-- DataVersion: one counter that every write to entities, their details and links bumps,
-- so that in-memory caches of derived data (the graph index) know when they are stale.
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

INSERT INTO "DataVersion" ("id", "version") VALUES (1, 0);

CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;

-- Statement-level: a bulk insert of a million links bumps the version once, not a million times.
CREATE TRIGGER "Entity_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Entity"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();

CREATE TRIGGER "Person_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Person"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();

CREATE TRIGGER "Country_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Country"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();

CREATE TRIGGER "City_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "City"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();

CREATE TRIGGER "Organisation_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Organisation"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();

CREATE TRIGGER "Session_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Session"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();

CREATE TRIGGER "Resource_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Resource"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();

CREATE TRIGGER "Theme_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Theme"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();

CREATE TRIGGER "Link_bump_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Link"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
