"""`python -m tui.cli`, as `casebrowser`."""

import sys

from tui.cli import main

sys.exit(main())
