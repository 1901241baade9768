"""The report's structure: lines and page cruft, meeting metadata, outline, parallel items and their tasks."""
