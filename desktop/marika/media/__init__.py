"""Media decoding with limits: images (Pillow) and audio (soundfile)."""
