from enum import Enum


class MassActionLeadsBodyType(str, Enum):
    CONTACT_ADD_TAGS = "contact_add_tags"
    CONTACT_ADD_TO_FLOW = "contact_add_to_flow"
    CONTACT_ASSIGN_AI_AGENT = "contact_assign_ai_agent"
    CONTACT_CANCEL_AI_AGENT = "contact_cancel_ai_agent"
    CONTACT_CANCEL_FROM_FLOWS = "contact_cancel_from_flows"
    CONTACT_CHANGE_CUSTOM_FIELD = "contact_change_custom_field"
    CONTACT_CHANGE_LIST = "contact_change_list"
    CONTACT_CHANGE_PIPELINE_STAGE = "contact_change_pipeline_stage"
    CONTACT_DELETE = "contact_delete"
    CONTACT_EXPORT_CSV = "contact_export_csv"
    CONTACT_MARK_READ = "contact_mark_read"
    CONTACT_REMOVE_TAGS = "contact_remove_tags"
    CONTACT_REPLACE_TAGS = "contact_replace_tags"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MassActionLeadsBodyType | None":
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
