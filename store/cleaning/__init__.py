"""The article alone, without page furniture: `store.cleaning.clean.clean` is the entry point,
the other modules its parts."""
