export { createDb, type Db, type DbKind, type AgoraPrisma, type CreateDbOptions } from "./create-db.ts";
export { prepareDb, migrateDatabase, DatabaseUnavailableError, type PrepareOptions } from "./prepare-db.ts";
export { parseDatabaseUrl, redact, ConfigError, type DatabaseTarget } from "./config.ts";
export { REPO_ROOT } from "./paths.ts";
export { seed, type SeedResult } from "./seed/seed.ts";
export { loadDataset, DatasetError, DEFAULT_DATA_DIR } from "./seed/load-dataset.ts";
export { normaliseForSearch, normaliseWhitespace } from "./text/normalise.ts";
export { LINK_ROLES, type LinkTypeName } from "./seed/data-schema.ts";
export { Prisma } from "../generated/sqlite/client.ts";
export type * as Models from "../generated/sqlite/models.ts";
export type { default as PrismaTypes } from "../generated/sqlite/pothos-types.ts";
export { getDatamodel } from "../generated/sqlite/pothos-types.ts";
export type * as Enums from "../generated/sqlite/enums.ts";
export {
  searchEntityIds,
  SearchQueryError,
  MAX_SEARCH_QUERY_LENGTH,
  MAX_SEARCH_WORDS,
  type SearchRequest,
  type SearchPage,
  type SearchKind,
} from "./search/search-entities.ts";
export * as stats from "./stats/stats-queries.ts";
export { readGraphData, dataVersion, STRUCTURAL_EDGE_TYPES, type GraphRowSink, type GraphNodeRow, type GraphEdgeRow } from "./graph/load-graph-data.ts";
export { signUp, signIn, createToken, actorForToken, revokeToken, AccountError, SIGN_IN_DAYS, MIN_PASSWORD_LENGTH, type Actor, type Role } from "./accounts/accounts.ts";
export { hashPassword, verifyPassword } from "./accounts/password.ts";
export { generateIntoDatabase, type GenerateIntoOptions, type GenerateSummary } from "./generate/generate-into-database.ts";
export { generateSyntheticNetwork, SYNTHETIC_PREFIX, type SyntheticNetwork } from "./generate/synthetic-network.ts";
export { SyntheticDataExistsError, DanglingReferenceError } from "./generate/synthetic-sql.ts";
export { SCALES, parseScale, entityCount, type Scale, type ScaleName } from "./generate/scales.ts";
export { ENTITY_FIELDS, LINK_ENDS, ALIAS_KINDS, type FieldSpec, type EntityKindName } from "./edits/entity-fields.ts";
export { EditError, type Issue, type EditErrorCode } from "./edits/edit-error.ts";
export { createEntity, updateEntity, deleteEntity, restoreRevision, type EntityChange } from "./edits/entity-edits.ts";
export { createLink, updateLink, deleteLink, type LinkChange, type LinkInput } from "./edits/link-edits.ts";
export { mergeEntities } from "./edits/merge-entities.ts";
export { duplicateCandidates, type DuplicateCandidate } from "./edits/duplicate-candidates.ts";
export { SYSTEM, isEditor, canEdit, type EditActor } from "./edits/permissions.ts";
export type { CitationInput } from "./edits/citations.ts";
export type { EntityInput, AliasInput } from "./edits/validate-entity.ts";
export { nameKey, nameKeys } from "./text/name-key.ts";
export { createEntityInTx, updateEntityInTx, deleteEntityInTx, restoreRevisionInTx } from "./edits/entity-edits.ts";
export { createLinkInTx, updateLinkInTx, deleteLinkInTx } from "./edits/link-edits.ts";
export { mergeEntitiesInTx } from "./edits/merge-entities.ts";
export { importData, readImportFiles, type ImportOptions } from "./import/import-data.ts";
export {
  ImportFormatError,
  type ImportFile,
  type ImportFormat,
  type ImportReport,
  type ImportProblem,
  type ImportRowOutcome,
  type ImportCounts,
  type ImportAction,
} from "./import/import-types.ts";
export { parseRowKind, kindFromFileName, CSV_FILE_NAMES, type RowKind } from "./import/file-kind.ts";
export { csvColumns } from "./import/read-csv.ts";
export { BackupError } from "./backup/backup-error.ts";
export { backupSqlite, restoreSqlite, verifySqliteDatabase, type BackupResult, type RestoreOptions } from "./backup/sqlite-backup.ts";
export { backupPostgres, restorePostgres, pgDumpArgs, pgRestoreArgs } from "./backup/postgres-backup.ts";
export { tableDigests, type TableDigest } from "./backup/table-digests.ts";
export { claimDatabase, databaseUser, type DatabaseUser } from "./backup/in-use.ts";
