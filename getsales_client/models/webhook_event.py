from enum import Enum


class WebhookEvent(str, Enum):
    CONTACT_ACCEPTED_LINKEDIN_CONNECTION_REQUEST = (
        "contact_accepted_linkedin_connection_request"
    )
    CONTACT_CLICKED_EMAIL = "contact_clicked_email"
    CONTACT_CREATED = "contact_created"
    CONTACT_DELETED = "contact_deleted"
    CONTACT_ENRICHED = "contact_enriched"
    CONTACT_EXPORTED = "contact_exported"
    CONTACT_OPENED_EMAIL = "contact_opened_email"
    CONTACT_PIPELINE_STAGE_CHANGED = "contact_pipeline_stage_changed"
    CONTACT_REPLIED_EMAIL = "contact_replied_email"
    CONTACT_REPLIED_LINKEDIN_INMAIL = "contact_replied_linkedin_inmail"
    CONTACT_REPLIED_LINKEDIN_MESSAGE = "contact_replied_linkedin_message"
    CONTACT_TAG_ADDED = "contact_tag_added"
    CONTACT_UNSUBSCRIBED_EMAIL = "contact_unsubscribed_email"
    CONTACT_UPDATED = "contact_updated"
    EMAIL_BOUNCED = "email_bounced"
    SENDER_PROFILE_SENT_EMAIL = "sender_profile_sent_email"
    SENDER_PROFILE_SENT_LINKEDIN_CONNECTION_REQUEST = (
        "sender_profile_sent_linkedin_connection_request"
    )
    SENDER_PROFILE_SENT_LINKEDIN_INMAIL = "sender_profile_sent_linkedin_inmail"
    SENDER_PROFILE_SENT_LINKEDIN_MESSAGE = "sender_profile_sent_linkedin_message"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WebhookEvent | None":
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
