"""Named exceptions. Each message names the bad value and says what to do."""


class NewsledgerError(Exception):
    """Base class: the CLI prints the message on one line and exits non-zero."""


class ReadError(NewsledgerError):
    """A file or record could not be read as an article."""


class StoreError(NewsledgerError):
    """The store could not be opened or written."""


class NotFoundError(NewsledgerError):
    """An article or incident id is not in the store."""


class ModelNotInstalledError(NewsledgerError):
    """A spaCy model package is missing: reinstall newsledger with its dependencies."""


class BadFilterError(NewsledgerError):
    """A query filter has a value that cannot be understood."""
