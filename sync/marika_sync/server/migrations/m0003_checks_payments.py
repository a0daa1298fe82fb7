"""What the data owner's export found in each stored batch (`batch_check`: review refuses
decisions on a batch whose payload did not open for its named author and package), and
the money the office paid each annotator (`payment`, shown on their next statement).

IF NOT EXISTS, then the timestamps widened: a database opened by a server of the same
day (tables made by `create_tables`, a 4-byte `real` on PostgreSQL) may have them."""

VERSION = 3


def migrate(db, dialect: str) -> None:
    from . import TYPES

    types = TYPES[dialect]
    db.execute_sql('CREATE TABLE IF NOT EXISTS "batch_check" ('
                   '"batch_id" VARCHAR(64) NOT NULL PRIMARY KEY, '
                   '"outcome" VARCHAR(16) NOT NULL, "reason" VARCHAR(64) NOT NULL, '
                   f'"checked_at" {types["double"]} NOT NULL)')
    db.execute_sql('CREATE TABLE IF NOT EXISTS "payment" ('
                   '"payment_id" VARCHAR(64) NOT NULL PRIMARY KEY, '
                   '"annotator_id" VARCHAR(128) NOT NULL, "currency" VARCHAR(16) NOT NULL, '
                   '"amount" VARCHAR(64) NOT NULL, '
                   f'"paid_at" {types["double"]} NOT NULL, '
                   '"reference" VARCHAR(200) NOT NULL, '
                   f'"stated" {types["bool"]} NOT NULL)')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "payment_annotator_id" '
                   'ON "payment" ("annotator_id")')
    if dialect == "postgres":
        db.execute_sql('ALTER TABLE "batch_check" ALTER COLUMN "checked_at" '
                       'TYPE DOUBLE PRECISION')
        db.execute_sql('ALTER TABLE "payment" ALTER COLUMN "paid_at" TYPE DOUBLE PRECISION')
