"""Task packages: format v1, build, verify, safe extraction and import."""
