"""Named exceptions. Each message names the bad value and says what to do."""


class NewsledgerError(Exception):
    """Base class: the CLI prints the message on one line and exits non-zero."""


class ReadError(NewsledgerError):
    """A file or record could not be read as an article."""


class StoreError(NewsledgerError):
    """The store could not be opened or written."""


class NotFoundError(NewsledgerError):
    """An article or incident id is not in the store."""


class IncidentMovedError(NotFoundError):
    """An incident id no longer stored whose reports are now in other incidents (`moved_to`):
    a split, a merge or a re-resolution retired it. Front ends redirect (one) or list them."""

    def __init__(self, incident_id: str, moved_to: list[str]) -> None:
        self.incident_id = incident_id
        self.moved_to = moved_to
        if len(moved_to) == 1:
            message = (
                f"incident {incident_id} is now part of incident {moved_to[0]} (merged or "
                f"re-resolved): see `newsledger incident {moved_to[0]}`"
            )
        else:
            message = (
                f"incident {incident_id} was split: its reports are now in incidents "
                f"{', '.join(moved_to[:-1])} and {moved_to[-1]}"
            )
        super().__init__(message)


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


class LinkFeatureError(NewsledgerError, ValueError):
    """`train-linker --extend` was given a name that is no link feature, or one the model file
    already lists (a ValueError too, as `train_linker.extend` raised before)."""
