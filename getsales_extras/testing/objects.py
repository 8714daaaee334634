"""The documented shapes of the emulated objects: defaults, writable fields, sort keys.

A stored record holds only the fields that were set; rendering merges it over these
defaults so every response carries the full object the API documents.
"""

from __future__ import annotations

import re
from typing import Any

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

LEAD_DEFAULTS: dict[str, Any] = {
    "uuid": None,
    "team_id": None,
    "user_id": 1,
    "sender_profile_uuid": None,
    "list_uuid": None,
    "data_source_uuid": None,
    "pipeline_stage_uuid": "00000000-0000-4000-8000-000000000001",
    "company_uuid": None,
    "name": None,
    "first_name": None,
    "last_name": None,
    "company_name": None,
    "company_ln_id": None,
    "position": None,
    "headline": None,
    "about": None,
    "avatar_url": None,
    "ln_id": None,
    "sn_id": None,
    "linkedin": None,
    "facebook": None,
    "twitter": None,
    "work_email": None,
    "personal_email": None,
    "work_phone_number": None,
    "personal_phone_number": None,
    "connections_number": None,
    "followers_number": None,
    "primary_language": None,
    "supported_languages": [],
    "has_open_profile": None,
    "has_verified_profile": None,
    "has_premium": None,
    "experience": [],
    "posts": [],
    "educations": [],
    "skills": [],
    "top_voices": [],
    "raw_address": None,
    "location": [],
    "tags": [],
    "status": "ok",
    "linkedin_status": "active",
    "email_status": None,
    "unread_counts": [],
    "last_automation_approve_at": None,
    "created_at": None,
    "updated_at": None,
    "ln_member_id": None,
    "custom_fields": {},
}

LEAD_MARKERS: dict[str, Any] = {
    "linkedin_last_connection_sent_at": None,
    "linkedin_last_connection_accepted_at": None,
    "linkedin_messages_sent_count": 0,
    "email_sent_count": 0,
    "last_messaging_activity_at": None,
}

# Text fields a contact can be given on creation or update.
LEAD_TEXT_FIELDS: tuple[str, ...] = (
    "name",
    "first_name",
    "last_name",
    "company_name",
    "company_ln_id",
    "position",
    "headline",
    "about",
    "avatar_url",
    "ln_id",
    "sn_id",
    "ln_member_id",
    "linkedin",
    "facebook",
    "twitter",
    "work_email",
    "personal_email",
    "work_phone_number",
    "personal_phone_number",
    "raw_address",
    "primary_language",
    "status",
    "linkedin_status",
    "email_status",
    "sender_profile_uuid",
    "pipeline_stage_uuid",
)
LEAD_OTHER_FIELDS: tuple[str, ...] = (
    "location",
    "connections_number",
    "followers_number",
    "has_open_profile",
    "has_verified_profile",
    "has_premium",
    "experience",
    "educations",
    "skills",
    "posts",
    "supported_languages",
)
LEAD_EMAIL_FIELDS: tuple[str, ...] = ("email", "work_email", "personal_email")
LEAD_SEARCH_TEXT: tuple[str, ...] = (
    "name",
    "first_name",
    "last_name",
    "work_email",
    "personal_email",
    "position",
    "headline",
    "about",
    "company_name",
)
LEAD_SORTABLE = frozenset(
    {
        "created_at",
        "updated_at",
        "uuid",
        "name",
        "first_name",
        "last_name",
        "company_name",
        "position",
        "work_email",
        "status",
    }
)
# The order in which the dedup keys are tried when matching a contact.
LEAD_IDENTITY_KEYS: tuple[str, ...] = (
    "ln_member_id",
    "ln_id",
    "sn_id",
    "linkedin",
    "work_email",
    "personal_email",
    "name_company",
)

LIST_SORTABLE = frozenset({"created_at", "updated_at", "uuid", "name"})
TAG_SORTABLE = frozenset({"created_at", "updated_at", "uuid", "name"})
COMPANY_SORTABLE = frozenset({"created_at", "updated_at", "uuid", "name", "domain"})
WEBHOOK_SORTABLE = frozenset({"created_at", "updated_at", "uuid", "name", "event", "status"})
NOTE_SORTABLE = frozenset({"created_at", "updated_at", "uuid"})
ACTIVITY_SORTABLE = frozenset({"created_at", "uuid", "type"})
TEAM_SORTABLE = frozenset({"created_at", "updated_at", "id", "name"})

COMPANY_DEFAULTS: dict[str, Any] = {
    "uuid": None,
    "team_id": None,
    "user_id": 1,
    "data_source_uuid": None,
    "lead_status_uuid": None,
    "name": None,
    "domain": None,
    "website": None,
    "ln_id": None,
    "linkedin": None,
    "facebook": None,
    "twitter": None,
    "phone": None,
    "hq_raw_address": None,
    "hq_location": [],
    "logo_url": None,
    "industry": None,
    "employees_range": None,
    "year_established": None,
    "about": None,
    "lists": [],
    "tags": [],
    "status": "active",
    "last_enrich_at": None,
    "created_at": None,
    "updated_at": None,
    "custom_fields": {},
}
COMPANY_TEXT_FIELDS: tuple[str, ...] = (
    "name",
    "domain",
    "website",
    "linkedin",
    "facebook",
    "twitter",
    "phone",
    "hq_raw_address",
    "logo_url",
    "industry",
    "employees_range",
    "about",
    "lead_status_uuid",
    "data_source_uuid",
)

WEBHOOK_EVENTS: frozenset[str] = frozenset(
    {
        "sender_profile_sent_email",
        "sender_profile_sent_linkedin_message",
        "sender_profile_sent_linkedin_connection_request",
        "sender_profile_sent_linkedin_inmail",
        "contact_accepted_linkedin_connection_request",
        "contact_replied_email",
        "contact_replied_linkedin_message",
        "contact_replied_linkedin_inmail",
        "contact_opened_email",
        "contact_clicked_email",
        "contact_unsubscribed_email",
        "email_bounced",
        "contact_enriched",
        "contact_exported",
        "contact_created",
        "contact_updated",
        "contact_deleted",
        "contact_tag_added",
        "contact_pipeline_stage_changed",
    }
)
WEBHOOK_METHODS = frozenset({"POST", "GET", "PUT", "PATCH", "DELETE"})
