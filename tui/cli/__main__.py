"""`python -m tui.cli`, as `casebrowser`."""

import sys

from tui.cli import main

# Guarded: ingest workers started by spawn import the main module as __mp_main__.
if __name__ == "__main__":
    sys.exit(main())
