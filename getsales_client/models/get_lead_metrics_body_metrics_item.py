from enum import Enum


class GetLeadMetricsBodyMetricsItem(str, Enum):
    EMAIL_BOUNCED_COUNT = "email_bounced_count"
    EMAIL_CLICKED_COUNT = "email_clicked_count"
    EMAIL_INBOX_COUNT = "email_inbox_count"
    EMAIL_OPENED_COUNT = "email_opened_count"
    EMAIL_SENT_COUNT = "email_sent_count"
    EMAIL_UNSUBSCRIBED_COUNT = "email_unsubscribed_count"
    LINKEDIN_CONNECTION_REQUEST_ACCEPTED_COUNT = (
        "linkedin_connection_request_accepted_count"
    )
    LINKEDIN_CONNECTION_REQUEST_SENT_COUNT = "linkedin_connection_request_sent_count"
    LINKEDIN_INBOX_COUNT = "linkedin_inbox_count"
    LINKEDIN_INMAIL_REPLIED_COUNT = "linkedin_inmail_replied_count"
    LINKEDIN_INMAIL_SENT_COUNT = "linkedin_inmail_sent_count"
    LINKEDIN_OPENED_COUNT = "linkedin_opened_count"
    LINKEDIN_SENT_COUNT = "linkedin_sent_count"
    UNREAD_COUNT = "unread_count"
    UNREAD_COUNT_EMAIL = "unread_count_email"
    UNREAD_COUNT_LINKEDIN = "unread_count_linkedin"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GetLeadMetricsBodyMetricsItem | None":
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
