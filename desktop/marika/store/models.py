"""peewee models over the schema the migrations create (the migrations are the truth)."""

from __future__ import annotations

from peewee import (
    BlobField,
    CompositeKey,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from .db import database


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Setting(BaseModel):
    key = TextField(primary_key=True)
    value = TextField()


class Profile(BaseModel):
    id = TextField(primary_key=True)
    username = TextField(unique=True)
    display_name = TextField()
    role = TextField()
    language = TextField(default="")
    kdf = TextField()
    wrapped_key = BlobField()
    recovery_wrapped_key = BlobField(null=True)
    device_key = BlobField(null=True)
    device_public = TextField(null=True)
    settings = BlobField(null=True)
    failed_logins = IntegerField(default=0)
    locked_until = FloatField(default=0)
    created_at = FloatField()


class Publisher(BaseModel):
    public_key = TextField(primary_key=True)
    name = TextField()
    installed_at = FloatField()


class Package(BaseModel):
    id = IntegerField(primary_key=True)
    package_id = TextField(unique=True)
    version = IntegerField()
    kind = TextField()
    manifest = TextField()
    signature = BlobField()
    publisher_key = TextField()
    media_dir = TextField()
    item_count = IntegerField()
    imported_at = FloatField()


class Item(BaseModel):
    id = IntegerField(primary_key=True)
    package = ForeignKeyField(Package, column_name="package_id", on_delete="CASCADE")
    item_key = TextField()
    ordinal = IntegerField()
    media = TextField(null=True)
    text = TextField(null=True)
    warnings = TextField(default="[]")
    duration_ms = IntegerField(null=True)
    sha256 = TextField(null=True)


class Assignment(BaseModel):
    profile = ForeignKeyField(Profile, column_name="profile_id", on_delete="CASCADE")
    package = ForeignKeyField(Package, column_name="package_id", on_delete="CASCADE")
    assigned_at = FloatField()
    card_acknowledged_at = FloatField(null=True)

    class Meta:
        primary_key = CompositeKey("profile", "package")


class Annotation(BaseModel):
    uuid = TextField(primary_key=True)
    profile = ForeignKeyField(Profile, column_name="profile_id", on_delete="CASCADE")
    package = ForeignKeyField(Package, column_name="package_id", on_delete="CASCADE")
    item = ForeignKeyField(Item, column_name="item_id", on_delete="CASCADE")
    ordinal = IntegerField()
    status = TextField()
    batch_id = TextField(null=True)
    revision = IntegerField(default=1)
    payload = BlobField()
    updated_at = FloatField()


ALL_MODELS = [Setting, Profile, Publisher, Package, Item, Assignment, Annotation]
