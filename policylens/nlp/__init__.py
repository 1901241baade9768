"""Language analysis: segmentation, entities, keywords, task themes/verbs/instruments, co-occurrence graph."""
