-- CreateTable
CREATE TABLE "Entity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "sortKey" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "honorific" TEXT,
    "givenName" TEXT,
    "familyName" TEXT,
    "bio" TEXT,
    CONSTRAINT "Person_id_fkey" FOREIGN KEY ("id") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Country" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "continent" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    CONSTRAINT "Country_id_fkey" FOREIGN KEY ("id") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "City" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "region" TEXT,
    "latitude" REAL,
    "longitude" REAL,
    CONSTRAINT "City_id_fkey" FOREIGN KEY ("id") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "City_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "kind" TEXT NOT NULL,
    "cityId" TEXT,
    "countryId" TEXT,
    "website" TEXT,
    "address" TEXT,
    "phone" TEXT,
    "fax" TEXT,
    CONSTRAINT "Organisation_id_fkey" FOREIGN KEY ("id") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Organisation_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Organisation_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "subtitle" TEXT,
    "kind" TEXT NOT NULL,
    "series" TEXT,
    "edition" INTEGER,
    "startDate" TEXT,
    "endDate" TEXT,
    "venue" TEXT,
    "cityId" TEXT,
    "countryId" TEXT,
    "parentId" TEXT,
    "summary" TEXT,
    "objectives" TEXT,
    "keyQuestions" TEXT,
    "outcomes" TEXT,
    "language" TEXT,
    "audience" TEXT,
    "participantCount" INTEGER,
    "participantCountQualifier" TEXT,
    "applicationDeadline" TEXT,
    CONSTRAINT "Session_id_fkey" FOREIGN KEY ("id") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Session_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Session_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Session_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Session" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Resource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "language" TEXT,
    "url" TEXT,
    "date" TEXT,
    CONSTRAINT "Resource_id_fkey" FOREIGN KEY ("id") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "parentId" TEXT,
    CONSTRAINT "Theme_id_fkey" FOREIGN KEY ("id") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Theme_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Theme" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Link" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "type" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "capacity" TEXT,
    "startDate" TEXT,
    "endDate" TEXT,
    "asOf" TEXT,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Link_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Link_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Alias" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normalised" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    CONSTRAINT "Alias_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Figure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entityId" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "unit" TEXT,
    "asOf" TEXT,
    CONSTRAINT "Figure_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "file" TEXT,
    "url" TEXT,
    "publisher" TEXT,
    "language" TEXT
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "passage" TEXT,
    "entityId" TEXT,
    "linkId" TEXT,
    "figureId" TEXT,
    CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Citation_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "Link" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Entity_kind_sortKey_idx" ON "Entity"("kind", "sortKey");

-- CreateIndex
CREATE UNIQUE INDEX "Entity_id_kind_key" ON "Entity"("id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Country_code_key" ON "Country"("code");

-- CreateIndex
CREATE INDEX "City_countryId_idx" ON "City"("countryId");

-- CreateIndex
CREATE INDEX "Organisation_cityId_idx" ON "Organisation"("cityId");

-- CreateIndex
CREATE INDEX "Organisation_countryId_idx" ON "Organisation"("countryId");

-- CreateIndex
CREATE INDEX "Organisation_kind_idx" ON "Organisation"("kind");

-- CreateIndex
CREATE INDEX "Session_startDate_idx" ON "Session"("startDate");

-- CreateIndex
CREATE INDEX "Session_cityId_idx" ON "Session"("cityId");

-- CreateIndex
CREATE INDEX "Session_countryId_idx" ON "Session"("countryId");

-- CreateIndex
CREATE INDEX "Session_parentId_idx" ON "Session"("parentId");

-- CreateIndex
CREATE INDEX "Session_kind_idx" ON "Session"("kind");

-- CreateIndex
CREATE INDEX "Session_series_idx" ON "Session"("series");

-- CreateIndex
CREATE INDEX "Resource_kind_idx" ON "Resource"("kind");

-- CreateIndex
CREATE INDEX "Theme_parentId_idx" ON "Theme"("parentId");

-- CreateIndex
CREATE INDEX "Link_sourceId_type_idx" ON "Link"("sourceId", "type");

-- CreateIndex
CREATE INDEX "Link_targetId_type_idx" ON "Link"("targetId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "Link_type_sourceId_targetId_role_key" ON "Link"("type", "sourceId", "targetId", "role");

-- CreateIndex
CREATE INDEX "Alias_normalised_idx" ON "Alias"("normalised");

-- CreateIndex
CREATE UNIQUE INDEX "Alias_entityId_name_key" ON "Alias"("entityId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Figure_entityId_metric_asOf_key" ON "Figure"("entityId", "metric", "asOf");

-- CreateIndex
CREATE INDEX "Citation_entityId_idx" ON "Citation"("entityId");

-- CreateIndex
CREATE INDEX "Citation_linkId_idx" ON "Citation"("linkId");

-- CreateIndex
CREATE INDEX "Citation_figureId_idx" ON "Citation"("figureId");

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");
