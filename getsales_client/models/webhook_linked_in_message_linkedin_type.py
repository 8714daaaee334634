from enum import Enum


class WebhookLinkedInMessageLinkedinType(str, Enum):
    CONNECTION_NOTE = "connection_note"
    INMAIL = "InMail"
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WebhookLinkedInMessageLinkedinType | None":
        """Accept a value this client does not list yet: the API adds values over time.

        The result is an extra member named ``UNKNOWN`` whose ``value`` is the raw string, so the
        record it came with still parses and the caller can see what the server sent.
        """
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = "UNKNOWN"
        unknown._value_ = value
        return unknown
