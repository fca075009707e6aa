-- CreateIndex (partial: Prisma cannot model it, see the comment on Entity.deletedAt)
CREATE INDEX "Entity_deleted_id_idx" ON "Entity"("id") WHERE "deletedAt" IS NOT NULL;
