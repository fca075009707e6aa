-- DropIndex
DROP INDEX "Link_targetId_type_idx";

-- DropIndex
DROP INDEX "Link_sourceId_type_idx";

-- CreateIndex
CREATE INDEX "Link_sourceId_type_id_idx" ON "Link"("sourceId", "type", "id");

-- CreateIndex
CREATE INDEX "Link_targetId_type_id_idx" ON "Link"("targetId", "type", "id");


-- CreateIndex (partial: Prisma cannot model it, see the comment on Entity.deletedAt)
CREATE INDEX "Entity_live_id_idx" ON "Entity"("id") WHERE "deletedAt" IS NULL;
