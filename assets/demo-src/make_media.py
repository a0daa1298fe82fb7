"""Re-create the demo media (photos and speech clips) under assets/demo-src/.

The media are committed, so nobody needs to run this; it records exactly where each
file came from (see CREDITS.md) and lets a maintainer redo it. It needs tools that are
not Marika dependencies, installed outside the project's venv:

    apt-get install espeak-ng
    pip install --target /tmp/demo-pylibs scikit-image scikit-learn
    PYTHONPATH=/tmp/demo-pylibs .venv/bin/python assets/demo-src/make_media.py

Photos come from scikit-image's `skimage.data` and scikit-learn's sample images (both
load offline); clips are spoken by espeak-ng (no Malagasy voice exists in it) and stored
as Ogg Vorbis, about 8 KB per second.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAX_SIDE = 1600
JPEG_QUALITY = 85

# name in the package -> (source, loader name)
PHOTOS = {
    "astronaut": ("skimage", "astronaut"),
    "cameraman": ("skimage", "camera"),
    "cat": ("skimage", "chelsea"),
    "coffee": ("skimage", "coffee"),
    "rocket": ("skimage", "rocket"),
    "clock": ("skimage", "clock"),
    "coins": ("skimage", "coins"),
    "deep-field": ("skimage", "hubble_deep_field"),
    "horse": ("skimage", "horse"),
    "grass": ("skimage", "grass"),
    "temple": ("sklearn", "china.jpg"),
    "dahlia": ("sklearn", "flower.jpg"),
}

# (package folder, clip name, espeak-ng voice, SSML text). The transcripts are kept here
# for the maintainers only: a normal package carries no expected answers.
CLIPS = [
    ("speech", "market-fr", "fr+f3",
     "Bonjour, je voudrais deux kilos de riz et un litre d'huile, s'il vous plaît."),
    ("speech", "bus-en", "en-gb+m3",
     "The next bus to Antsirabe leaves at half past seven."),
    ("speech", "opening-fr", "fr+m2",
     "Le marché ouvre tous les jours, sauf le dimanche après-midi."),
    ("speech", "invoice-en", "en-us+f2",
     "Please send me the invoice before Friday. Thank you!"),
    ("speech-segments", "weather-fr", "fr+m3",
     "Il pleut depuis ce matin. <break time=\"900ms\"/> "
     "La route de Toamasina est fermée jusqu'à demain."),
    ("speech-segments", "workshop-en", "en-gb+f4",
     "Welcome to the workshop. <break time=\"900ms\"/> "
     "Today we will learn how to label photographs."),
]


def make_photos() -> None:
    import numpy as np
    import skimage.data
    from PIL import Image
    from sklearn.datasets import load_sample_images

    out = HERE / "photos" / "photos"
    out.mkdir(parents=True, exist_ok=True)
    samples = {Path(f).name: f for f in load_sample_images().filenames}
    for name, (source, key) in PHOTOS.items():
        if source == "sklearn":
            im = Image.open(samples[key])
        else:
            pixels = getattr(skimage.data, key)()
            if pixels.dtype == bool:  # the horse is a silhouette: draw it black on white
                pixels = np.where(pixels, 255, 0).astype("uint8")
            im = Image.fromarray(pixels)
        im.thumbnail((MAX_SIDE, MAX_SIDE))
        if key == "horse":  # two colours: PNG is far smaller and sharper than JPEG
            im.convert("1").save(out / f"{name}.png", optimize=True)
        else:
            im.convert("L" if im.mode == "L" else "RGB").save(
                out / f"{name}.jpg", quality=JPEG_QUALITY, optimize=True)
        print("photo", name, im.size)  # noqa: T201


def make_clips() -> None:
    import soundfile as sf

    with tempfile.TemporaryDirectory() as tmp:
        for folder, name, voice, text in CLIPS:
            out = HERE / folder / "clips"
            out.mkdir(parents=True, exist_ok=True)
            wav = Path(tmp) / f"{name}.wav"
            subprocess.run(["espeak-ng", "-m", "-v", voice, "-s", "145", "-w", str(wav),
                            f"<speak>{text}</speak>"], check=True)
            data, rate = sf.read(wav)
            sf.write(out / f"{name}.ogg", data, rate, format="OGG", subtype="VORBIS")
            print("clip", folder, name, f"{len(data) / rate:.1f} s")  # noqa: T201


def main() -> int:
    if shutil.which("espeak-ng") is None:
        print("espeak-ng is not installed (apt-get install espeak-ng)")  # noqa: T201
        return 1
    make_photos()
    make_clips()
    return 0


if __name__ == "__main__":
    sys.exit(main())
