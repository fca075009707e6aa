-- CreateEnum
CREATE TYPE "EntityKind" AS ENUM ('PERSON', 'COUNTRY', 'CITY', 'ORGANISATION', 'SESSION', 'RESOURCE', 'THEME');

-- CreateEnum
CREATE TYPE "Continent" AS ENUM ('AFRICA', 'ASIA', 'EUROPE', 'NORTH_AMERICA', 'SOUTH_AMERICA', 'OCEANIA');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('LOCAL_GOVERNMENT', 'NATIONAL_GOVERNMENT', 'PUBLIC_BODY', 'TRADITIONAL_AUTHORITY', 'LOCAL_GOVERNMENT_NETWORK', 'SSE_NETWORK', 'INTERNATIONAL_ORGANISATION', 'NGO', 'FAITH_BASED_ORGANISATION', 'COOPERATIVE', 'SOCIAL_FINANCE', 'BUSINESS_SUPPORT', 'TRADE_UNION', 'ACADEMIC', 'RESEARCH_INSTITUTE', 'TRAINING_INSTITUTE', 'FOUNDATION', 'COMPANY', 'OTHER');

-- CreateEnum
CREATE TYPE "SessionKind" AS ENUM ('FORUM', 'TRAINING', 'LEARNING_SESSION', 'ACADEMY', 'WORKSHOP', 'LECTURE', 'CONGRESS', 'CONGRESS_SESSION', 'POLICY_DIALOGUE', 'MEETING');

-- CreateEnum
CREATE TYPE "ResourceKind" AS ENUM ('REPORT', 'DECLARATION', 'PRESS_RELEASE', 'INTERVIEW', 'MESSAGE', 'PHOTO_GALLERY', 'VIDEO', 'PRESENTATION', 'PUBLICATION', 'WEB_PAGE');

-- CreateEnum
CREATE TYPE "LinkType" AS ENUM ('PARTICIPATION', 'ORGANISATION_ROLE', 'AFFILIATION', 'MEMBERSHIP', 'RESOURCE_LINK', 'THEME_TAG', 'MENTION');

-- CreateEnum
CREATE TYPE "AliasKind" AS ENUM ('SPELLING_VARIANT', 'MISSPELLING', 'NAME_ORDER', 'ACRONYM', 'SHORT_NAME', 'FULL_NAME', 'TRANSLATION');

-- CreateTable
CREATE TABLE "Entity" (
    "id" TEXT NOT NULL,
    "kind" "EntityKind" NOT NULL,
    "label" TEXT NOT NULL,
    "sortKey" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Entity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "honorific" TEXT,
    "givenName" TEXT,
    "familyName" TEXT,
    "bio" TEXT,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Country" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "continent" "Continent" NOT NULL,
    "region" TEXT NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "City" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "countryId" TEXT NOT NULL,
    "region" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,

    CONSTRAINT "City_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "kind" "OrganisationKind" NOT NULL,
    "cityId" TEXT,
    "countryId" TEXT,
    "website" TEXT,
    "address" TEXT,
    "phone" TEXT,
    "fax" TEXT,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "subtitle" TEXT,
    "kind" "SessionKind" NOT NULL,
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

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Resource" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "ResourceKind" NOT NULL,
    "language" TEXT,
    "url" TEXT,
    "date" TEXT,

    CONSTRAINT "Resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "parentId" TEXT,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Link" (
    "id" TEXT NOT NULL,
    "type" "LinkType" NOT NULL,
    "sourceId" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "capacity" TEXT,
    "startDate" TEXT,
    "endDate" TEXT,
    "asOf" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Link_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alias" (
    "id" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normalised" TEXT NOT NULL,
    "kind" "AliasKind" NOT NULL,

    CONSTRAINT "Alias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Figure" (
    "id" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" TEXT,
    "asOf" TEXT,

    CONSTRAINT "Figure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "file" TEXT,
    "url" TEXT,
    "publisher" TEXT,
    "language" TEXT,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "passage" TEXT,
    "entityId" TEXT,
    "linkId" TEXT,
    "figureId" TEXT,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_id_fkey" FOREIGN KEY ("id") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Country" ADD CONSTRAINT "Country_id_fkey" FOREIGN KEY ("id") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "City" ADD CONSTRAINT "City_id_fkey" FOREIGN KEY ("id") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "City" ADD CONSTRAINT "City_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_id_fkey" FOREIGN KEY ("id") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_id_fkey" FOREIGN KEY ("id") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Session"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_id_fkey" FOREIGN KEY ("id") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Theme" ADD CONSTRAINT "Theme_id_fkey" FOREIGN KEY ("id") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Theme" ADD CONSTRAINT "Theme_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Theme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Link" ADD CONSTRAINT "Link_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Link" ADD CONSTRAINT "Link_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alias" ADD CONSTRAINT "Alias_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "Link"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure"("id") ON DELETE CASCADE ON UPDATE CASCADE;
