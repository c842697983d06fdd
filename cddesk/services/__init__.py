"""Services: every read and write the window and the CLI make, one module per family.

Each service takes a :class:`cddesk.db.Database` and returns plain objects; widgets
never open sessions or build queries themselves.
"""
