"""CD Desk application core: paths, database, services, Thai helpers and the CLI.

Nothing in this package imports Qt widgets; the ``ui`` package calls these
services, and ``main.py`` wires both together.
"""

__version__ = "0.1.0"
APP_NAME = "CD Desk"
APP_SLUG = "cddesk"
