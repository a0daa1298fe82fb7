"""Sync: sealed batches, resumable tus uploads, receipts, statements, the collection server."""
