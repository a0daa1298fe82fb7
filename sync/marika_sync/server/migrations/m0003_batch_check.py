"""What the data owner's export found in each stored batch (`batch_check`): review refuses
decisions on a batch whose payload did not open for its named author and package.
IF NOT EXISTS: a database opened by a server of the same day may already have it."""

VERSION = 3


def migrate(db, dialect: str) -> None:
    db.execute_sql('CREATE TABLE IF NOT EXISTS "batch_check" ('
                   '"batch_id" VARCHAR(64) NOT NULL PRIMARY KEY, '
                   '"outcome" VARCHAR(16) NOT NULL, "reason" VARCHAR(64) NOT NULL, '
                   '"checked_at" DOUBLE PRECISION NOT NULL)')
