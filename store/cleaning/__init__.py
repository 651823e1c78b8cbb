"""The parts of the article cleaner; `store.clean.clean` is the entry point."""
