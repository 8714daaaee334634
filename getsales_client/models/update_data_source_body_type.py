from enum import Enum


class UpdateDataSourceBodyType(str, Enum):
    CSV_LEADS = "csv_leads"
    LN_ACCOUNTS_SEARCH = "ln_accounts_search"
    LN_LEADS_SEARCH = "ln_leads_search"
    LN_MY_MESSENGER = "ln_my_messenger"
    LN_MY_NETWORK = "ln_my_network"
    POST_ENGAGEMENT = "post_engagement"
    RECRUITER_LEADS_SEARCH = "recruiter_leads_search"
    SN_ACCOUNTS_LIST = "sn_accounts_list"
    SN_ACCOUNTS_SAVED_SEARCH = "sn_accounts_saved_search"
    SN_ACCOUNTS_SEARCH = "sn_accounts_search"
    SN_LEADS_LIST = "sn_leads_list"
    SN_LEADS_SAVED_SEARCH = "sn_leads_saved_search"
    SN_LEADS_SEARCH = "sn_leads_search"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "UpdateDataSourceBodyType | None":
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
