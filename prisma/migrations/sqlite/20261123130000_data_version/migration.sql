-- DataVersion: one counter that every write to entities, their details and links bumps,
-- so that in-memory caches of derived data (the graph index) know when they are stale.
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL DEFAULT 0
);

INSERT INTO "DataVersion" ("id", "version") VALUES (1, 0);

CREATE TRIGGER "Entity_bump_data_version_after_insert" AFTER INSERT ON "Entity"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Entity_bump_data_version_after_update" AFTER UPDATE ON "Entity"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Entity_bump_data_version_after_delete" AFTER DELETE ON "Entity"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Person_bump_data_version_after_insert" AFTER INSERT ON "Person"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Person_bump_data_version_after_update" AFTER UPDATE ON "Person"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Person_bump_data_version_after_delete" AFTER DELETE ON "Person"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Country_bump_data_version_after_insert" AFTER INSERT ON "Country"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Country_bump_data_version_after_update" AFTER UPDATE ON "Country"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Country_bump_data_version_after_delete" AFTER DELETE ON "Country"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "City_bump_data_version_after_insert" AFTER INSERT ON "City"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "City_bump_data_version_after_update" AFTER UPDATE ON "City"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "City_bump_data_version_after_delete" AFTER DELETE ON "City"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Organisation_bump_data_version_after_insert" AFTER INSERT ON "Organisation"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Organisation_bump_data_version_after_update" AFTER UPDATE ON "Organisation"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Organisation_bump_data_version_after_delete" AFTER DELETE ON "Organisation"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Session_bump_data_version_after_insert" AFTER INSERT ON "Session"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Session_bump_data_version_after_update" AFTER UPDATE ON "Session"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Session_bump_data_version_after_delete" AFTER DELETE ON "Session"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Resource_bump_data_version_after_insert" AFTER INSERT ON "Resource"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Resource_bump_data_version_after_update" AFTER UPDATE ON "Resource"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Resource_bump_data_version_after_delete" AFTER DELETE ON "Resource"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Theme_bump_data_version_after_insert" AFTER INSERT ON "Theme"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Theme_bump_data_version_after_update" AFTER UPDATE ON "Theme"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Theme_bump_data_version_after_delete" AFTER DELETE ON "Theme"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Link_bump_data_version_after_insert" AFTER INSERT ON "Link"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Link_bump_data_version_after_update" AFTER UPDATE ON "Link"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Link_bump_data_version_after_delete" AFTER DELETE ON "Link"
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
