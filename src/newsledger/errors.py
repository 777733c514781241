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


class GoldFormatError(NewsledgerError):
    """A gold annotation file is malformed or its spans cannot be found in the article text."""


class EvalTargetError(NewsledgerError):
    """`newsledger eval` was given a folder that is neither a gold folder nor a known public set."""


class GazetteerError(NewsledgerError):
    """The place gazetteer could not be built or its cache could not be read."""
