"""The collection server: enrollment, tus uploads, receipts, review and pay statements."""
