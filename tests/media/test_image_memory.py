"""Peak memory of decoding a 50 MP image to screen size, measured in a fresh process.

The 4 GB office PCs run Marika beside a browser. A PNG has no reduced-scale decode, so
its full RGB pixels (3 bytes each: 150 MB at 50 MP) are unavoidable once; a second
full-size copy is not: the EXIF rotation used to run before the reduction and peaked at
427 MiB. A JPEG decodes at 1/8 scale through draft() and stays small. The bound is the
rise of the child's peak resident size (VmHWM) over its peak after imports.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from PIL import Image

WIDTH, HEIGHT = 8660, 5773  # 49.99 MP, under MAX_PIXELS
MIB = 1024 * 1024

# VmHWM (the peak resident size of this process image) rather than ru_maxrss, which
# keeps the peak of the forking parent across exec.
CHILD = """
import json, sys
from marika.media.images import decode_image

def peak_kib():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))

before = peak_kib()
image = decode_image(sys.argv[1], max_size=(1366, 768))
after = peak_kib()
print(json.dumps({"rise_kib": after - before, "size": [image.width, image.height]}))
"""


def peak_rise(path) -> tuple[int, list[int]]:
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True,
                          text=True, check=True, timeout=120)
    result = json.loads(done.stdout)
    return result["rise_kib"] * 1024, result["size"]


@pytest.fixture(scope="module")
def upright_exif():
    exif = Image.Exif()
    exif[0x0112] = 6  # taken with the phone upright: turned a quarter after decoding
    return exif


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/status")
@pytest.mark.parametrize(("fmt", "bound"), [
    ("PNG", WIDTH * HEIGHT * 3 + 96 * MIB),  # the full pixels once, and no second copy
    ("JPEG", 64 * MIB),  # decoded at 1/8 scale
])
def test_50_megapixel_image_decodes_within_bounded_memory(tmp_path, upright_exif, fmt, bound,
                                                          capsys):
    from faultcount import report

    path = tmp_path / f"big.{'png' if fmt == 'PNG' else 'jpg'}"
    gradient = Image.linear_gradient("L").resize((WIDTH, HEIGHT))
    Image.merge("RGB", (gradient, gradient.transpose(Image.Transpose.ROTATE_180),
                        gradient)).save(path, fmt, exif=upright_exif,
                                        **({"compress_level": 1} if fmt == "PNG" else {}))
    del gradient
    rise, size = peak_rise(path)
    report(capsys, f"50 MP {fmt} to screen size: peak rise {rise / MIB:.0f} MiB "
                   f"(bound {bound / MIB:.0f} MiB)")
    assert size == [512, 768]  # reduced, then turned upright
    assert rise < bound
