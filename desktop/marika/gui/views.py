"""Which view shows which task kind; view modules are imported only when needed.

A view module that is missing or fails to import disables its kind only: the item
screen then says the kind cannot be shown here, instead of the app failing to start.
"""

from __future__ import annotations

import importlib
import logging

from marika.core import annotation as ann

log = logging.getLogger(__name__)

VIEWS = {
    ann.IMAGE_TAG: ("marika.gui.image_view", "ImageTagView"),
    ann.AUDIO_TRANSCRIPTION: ("marika.gui.audio_view", "AudioTranscriptionView"),
    ann.TEXT_CLASSIFICATION: ("marika.gui.text_view", "TextClassificationView"),
}


def view_class(kind: str):
    """The KindView subclass for `kind`, or None when it is not available."""
    where = VIEWS.get(kind)
    if where is None:
        return None
    module_name, class_name = where
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        log.warning("no view for %s: %s cannot be imported", kind, module_name, exc_info=True)
        return None
    return getattr(module, class_name, None)
