"""Draws assets/icons/marika.png, the launcher icon: a price tag with a check mark.

Drawn with Pillow shapes (no font), so it is reproducible anywhere:
`.venv/bin/python packaging/make_icon.py`. The PNG is committed; the bundle copies it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

ICON = Path(__file__).resolve().parent.parent / "assets" / "icons" / "marika.png"
SIZE = 256
GREEN, WHITE, GOLD = (27, 127, 107, 255), (255, 255, 255, 255), (242, 178, 51, 255)


def draw(size: int = SIZE) -> Image.Image:
    scale = 4  # drawn large, then reduced: smooth edges without anti-aliasing support
    big = size * scale
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, big - 1, big - 1), radius=big // 5, fill=GREEN)

    def at(x: float, y: float) -> tuple[int, int]:
        return int(x * big), int(y * big)

    # the tag: a pointed label tilted like one hanging from a string
    pen.polygon([at(0.20, 0.30), at(0.62, 0.30), at(0.82, 0.50), at(0.62, 0.70),
                 at(0.20, 0.70)], fill=WHITE)
    pen.ellipse((*at(0.60, 0.46), *at(0.68, 0.54)), fill=GREEN)  # the tag's hole
    # the check mark: the work is done and counted
    pen.line([at(0.28, 0.50), at(0.38, 0.60), at(0.54, 0.40)], fill=GOLD,
             width=int(0.07 * big), joint="curve")
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> int:
    ICON.parent.mkdir(parents=True, exist_ok=True)
    draw().save(ICON, optimize=True)
    print(ICON)  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
