"""The task kinds a package may declare: one name each, shared by the desktop and the server."""

IMAGE_TAG = "image_tag"
AUDIO_TRANSCRIPTION = "audio_transcription"
TEXT_CLASSIFICATION = "text_classification"
KINDS = (IMAGE_TAG, AUDIO_TRANSCRIPTION, TEXT_CLASSIFICATION)
