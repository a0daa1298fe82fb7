"""The domain core: standard library only, no Qt, no database, no crypto library."""
