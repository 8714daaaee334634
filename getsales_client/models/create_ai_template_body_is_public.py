from enum import IntEnum


class CreateAiTemplateBodyIsPublic(IntEnum):
    VALUE_0 = 0
    VALUE_1 = 1

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CreateAiTemplateBodyIsPublic | None":
        """Accept a value this client does not list yet: the API adds values over time.

        The result is an extra member named ``UNKNOWN`` whose ``value`` is the raw integer, so the
        record it came with still parses and the caller can see what the server sent.
        """
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        unknown = int.__new__(cls, value)
        unknown._name_ = "UNKNOWN"
        unknown._value_ = value
        return unknown
