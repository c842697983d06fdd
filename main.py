"""CD Desk entry point: ``python main.py`` opens the window; ``python main.py --help``
lists the headless subcommands (selftest …)."""

import sys

from cddesk.cli import run

if __name__ == "__main__":
    sys.exit(run())
