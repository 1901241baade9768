"""Keeping reports: the SQLite library, ingestion, search, corpus views, and the embedded example reports."""
