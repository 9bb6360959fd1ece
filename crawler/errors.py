"""The one exception type the CLI turns into a one-line message and a non-zero exit."""


class UserError(Exception):
    """Bad input from the user (file, flag, SQL, data dir): shown as one line, never a traceback."""
