"""The local store: peewee on SQLite. Repositories turn rows into core values."""
