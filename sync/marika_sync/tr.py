"""Marking user-facing strings for translation without importing Qt.

The domain core must not import Qt, yet its error messages reach the user. We mark
them with a function that has the exact name `pyside6-lupdate` looks for, so the
strings are extracted into the `.ts` files; the GUI translates them at display time
with `QCoreApplication.translate(context, source)`.
"""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - name lupdate knows
    """Return `source` unchanged; lupdate records it under `context`."""
    del context
    return source
