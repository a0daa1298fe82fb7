"""Regression of issue 10 (an attack that failed, as it should): single-bit flips spread
over a whole sealed batch, as many as the issue tried (1,147), are each refused, both by
the reader anyone may run (signature and payload hash) and by the data owner's opening."""

from __future__ import annotations

import random

import pytest

from marika_sync.crypto import BoxPrivateKey, SigningKey
from marika_sync.errors import BatchError
from marika_sync.sealing import WorkRecord, open_batch, read_batch_metadata, seal_batch

FLIPS = 1147


def test_every_single_bit_flip_is_refused():
    device, results = SigningKey.generate(), BoxPrivateKey.generate()
    records = [WorkRecord(f"uuid-{i}", f"img-{i:03}", "done", {"labels": ["chat"]}, 1000, 1,
                          1.0) for i in range(8)]
    batch = seal_batch(records=records, annotator_id="ann-1", device_key=device,
                       package_id="pkg.cats", package_version=2, results_key=results.public,
                       rate_per_item="12.50", currency="MGA", now=1.0)
    assert len(open_batch(batch.data, results)) == 8
    rng = random.Random(1147)
    bits = rng.sample(range(len(batch.data) * 8), min(FLIPS, len(batch.data) * 8))
    assert len(bits) == FLIPS
    for bit in bits:
        flipped = bytearray(batch.data)
        flipped[bit // 8] ^= 1 << (bit % 8)
        with pytest.raises(BatchError):
            read_batch_metadata(bytes(flipped), expected_device=device.public)
        with pytest.raises(BatchError):
            open_batch(bytes(flipped), results)
