"""``python -m tui [--db URL] [--seeds]``: the same as ``quotes tui``."""

import sys

from quotes.cli import main

sys.exit(main(["tui", *sys.argv[1:]]))
