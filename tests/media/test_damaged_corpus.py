"""Hundreds of damaged media files: each is refused with a reason, quickly, or decodes.

The corpus (tests/media/corpus.py) covers JPEG, PNG, WAV, FLAC and Ogg Vorbis: files cut
at many points down to the last byte, overwritten headers, one format under another's
name, float WAVs with NaN, infinities and absurd values, flipped bytes against the signed
hash. CI decodes an even spread of it; `MARIKA_FULL_FAULTS=1` decodes all of it (more
than 500 files). Each file must take under two seconds of CPU (thread time, so a busy
machine does not change the verdict), and a waveform is never non-finite or off scale.
"""

from __future__ import annotations

import time
from collections import Counter

import numpy as np
import pytest
from faultcount import count, report

from marika.core.errors import MediaError
from marika.media.audio import read_audio
from marika.media.images import decode_image
from media import corpus

SECONDS_PER_FILE = 2.0


def decode(case):
    if case.kind == "image":
        return decode_image(case.path, max_size=(1366, 768), sha256=case.sha256)
    return read_audio(case.path, sha256=case.sha256, duration_ms=case.duration_ms)


@pytest.mark.slow
def test_damaged_media_corpus(tmp_path, capsys):
    total = corpus.count()
    assert total >= 500
    cases = corpus.cases(tmp_path, limit=count(160, total))
    outcomes, slowest, wrong = Counter(), 0.0, []
    for case in cases:
        started = time.thread_time()
        try:
            result = decode(case)
        except MediaError as exc:
            got = exc.reason
            shown = exc.english()
            assert case.path.name in shown
        else:
            got = "decoded"
            if case.kind == "audio":  # drawn within the widget, always
                for values in (result.mins, result.maxs):
                    assert np.isfinite(values).all() and np.abs(values).max() <= 1.0
        spent = time.thread_time() - started
        slowest = max(slowest, spent)
        outcomes[got] += 1
        allowed = case.reasons or {"decoded"}
        if got not in allowed or spent > SECONDS_PER_FILE:
            wrong.append(f"{case.name}: {got} in {spent:.2f} s, expected {sorted(allowed)}")
    report(capsys, f"damaged media: {len(cases)} files of {total}; "
                   + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()))
                   + f"; slowest {slowest:.2f} s CPU")
    assert wrong == []
    assert outcomes["decoded"] < len(cases) / 4  # the corpus is damage, not intact files
