"""Getting text in: file readers, typed read errors, and the length-preserving analysis text."""
