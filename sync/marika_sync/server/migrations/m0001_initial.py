"""The first server schema (as `create_tables` made it before migrations existed).

Timestamps were `REAL`, a 4-byte number on PostgreSQL: migration 2 widens them."""

VERSION = 1

STATEMENTS = [
    'CREATE TABLE IF NOT EXISTS "setting" ("key" VARCHAR(64) NOT NULL PRIMARY KEY, '
    '"value" TEXT NOT NULL)',
    'CREATE TABLE "enroll_code" ("code_hash" VARCHAR(64) NOT NULL PRIMARY KEY, '
    '"created_at" REAL NOT NULL, "expires_at" REAL NOT NULL, "used_at" REAL, '
    '"annotator_id" VARCHAR(128))',
    'CREATE TABLE "annotator" ("annotator_id" VARCHAR(128) NOT NULL PRIMARY KEY, '
    '"device_key" VARCHAR(128) NOT NULL, "box_key" VARCHAR(128) NOT NULL, '
    '"display_name" TEXT NOT NULL, "code_hash" VARCHAR(64) NOT NULL, '
    '"enrolled_at" REAL NOT NULL, "reply" {blob} NOT NULL)',
    'CREATE UNIQUE INDEX "annotator_device_key" ON "annotator" ("device_key")',
    'CREATE TABLE "upload" ("upload_id" VARCHAR(64) NOT NULL PRIMARY KEY, '
    '"batch_id" VARCHAR(64) NOT NULL, "sha256" VARCHAR(64) NOT NULL, '
    '"annotator_id" VARCHAR(128) NOT NULL, "length" {bigint} NOT NULL, '
    '"received" {bigint} NOT NULL, "header_ok" {bool} NOT NULL, "created_at" REAL NOT NULL, '
    '"completed_at" REAL)',
    'CREATE UNIQUE INDEX "upload_batch_id_sha256" ON "upload" ("batch_id", "sha256")',
    'CREATE TABLE "chunk" ("upload_id" VARCHAR(64) NOT NULL, "start" {bigint} NOT NULL, '
    '"data" {blob} NOT NULL, PRIMARY KEY ("upload_id", "start"))',
    'CREATE TABLE "batch" ("batch_id" VARCHAR(64) NOT NULL PRIMARY KEY, '
    '"sha256" VARCHAR(64) NOT NULL, "size" {bigint} NOT NULL, '
    '"annotator_id" VARCHAR(128) NOT NULL, "package_id" VARCHAR(200) NOT NULL, '
    '"package_version" INTEGER NOT NULL, "results_key" VARCHAR(128) NOT NULL, '
    '"metadata" TEXT NOT NULL, "data" {blob} NOT NULL, "receipt" {blob} NOT NULL, '
    '"received_at" REAL NOT NULL)',
    'CREATE INDEX "batch_annotator_id" ON "batch" ("annotator_id")',
    'CREATE TABLE "batch_item" ("batch_id" VARCHAR(64) NOT NULL, '
    '"item_key" VARCHAR(500) NOT NULL, "annotator_id" VARCHAR(128) NOT NULL, '
    '"package_id" VARCHAR(200) NOT NULL, "package_version" INTEGER NOT NULL, '
    '"status" VARCHAR(16) NOT NULL, "claim" VARCHAR(64) NOT NULL, "decision" VARCHAR(16), '
    '"reason" TEXT NOT NULL, "decided_at" REAL, "stated" {bool} NOT NULL, '
    'PRIMARY KEY ("batch_id", "item_key"))',
    'CREATE INDEX "batch_item_annotator_id_stated" ON "batch_item" ("annotator_id", "stated")',
    'CREATE TABLE "paid_item" ("annotator_id" VARCHAR(128) NOT NULL, '
    '"package_id" VARCHAR(200) NOT NULL, "item_key" VARCHAR(500) NOT NULL, '
    '"batch_id" VARCHAR(64) NOT NULL, PRIMARY KEY ("annotator_id", "package_id", "item_key"))',
    'CREATE TABLE "statement" ("annotator_id" VARCHAR(128) NOT NULL, "seq" INTEGER NOT NULL, '
    '"statement_id" VARCHAR(64) NOT NULL, "document" {blob} NOT NULL, '
    '"sha256" VARCHAR(64) NOT NULL, "issued_at" REAL NOT NULL, '
    'PRIMARY KEY ("annotator_id", "seq"))',
    'CREATE UNIQUE INDEX "statement_statement_id" ON "statement" ("statement_id")',
    'CREATE TABLE "package" ("package_id" VARCHAR(200) NOT NULL, "version" INTEGER NOT NULL, '
    '"rate_per_item" VARCHAR(64) NOT NULL, "currency" VARCHAR(16) NOT NULL, '
    '"results_key" VARCHAR(128) NOT NULL, "publisher_key" VARCHAR(128) NOT NULL, '
    '"manifest" TEXT NOT NULL, "registered_at" REAL NOT NULL, '
    'PRIMARY KEY ("package_id", "version"))',
]


def migrate(db, dialect: str) -> None:
    from . import TYPES

    for sql in STATEMENTS:
        db.execute_sql(sql.format(**TYPES[dialect]))
