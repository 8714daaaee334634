from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lead_custom_fields import LeadCustomFields
    from ..models.lead_educations_item import LeadEducationsItem
    from ..models.lead_experience_item import LeadExperienceItem
    from ..models.lead_location_item import LeadLocationItem
    from ..models.lead_posts_item import LeadPostsItem
    from ..models.lead_unread_counts_item import LeadUnreadCountsItem


T = TypeVar("T", bound="Lead")


@_attrs_define
class Lead:
    """A contact (lead) stored in the CRM.

    Attributes:
        uuid (str): Unique identifier.
        team_id (int | None | Unset): Team (workspace) the record belongs to.
        user_id (int | None | Unset): User who created the record.
        sender_profile_uuid (None | str | Unset): UUID of the sender profile.
        list_uuid (None | str | Unset): UUID of the list.
        data_source_uuid (None | str | Unset): UUID of the import (data source).
        pipeline_stage_uuid (None | str | Unset): UUID of the pipeline stage.
        company_uuid (None | str | Unset): UUID of the company.
        name (None | str | Unset): Name. Example: John Doe.
        first_name (None | str | Unset): First name. Example: John.
        last_name (None | str | Unset): Last name. Example: Doe.
        company_name (None | str | Unset): Company name. Example: Acme Inc.
        company_ln_id (None | str | Unset): LinkedIn id of the contact's company.
        position (None | str | Unset): Job title. Example: VP of Sales.
        headline (None | str | Unset): LinkedIn headline. Example: VP of Sales at Acme Inc.
        about (None | str | Unset): Profile summary.
        avatar_url (None | str | Unset): Profile picture URL.
        ln_id (None | str | Unset): LinkedIn member ID.
        sn_id (None | str | Unset): Sales Navigator ID.
        linkedin (None | str | Unset): LinkedIn nickname (the part of the profile URL after /in/ or /company/). Example:
            john-doe-123456.
        facebook (None | str | Unset): Facebook profile.
        twitter (None | str | Unset): Twitter/X profile.
        work_email (None | str | Unset): Work email address. Example: john@acme.com.
        personal_email (None | str | Unset): Personal email address.
        work_phone_number (None | str | Unset): Work phone number.
        personal_phone_number (None | str | Unset): Personal phone number.
        connections_number (int | None | Unset): Number of LinkedIn connections.
        followers_number (int | None | Unset): Number of LinkedIn followers.
        primary_language (None | str | Unset): Main language of the profile.
        supported_languages (list[str] | None | Unset): Languages of the profile.
        has_open_profile (int | None | Unset): 1 when the LinkedIn profile is open, 0 otherwise.
        has_verified_profile (int | None | Unset): 1 when the LinkedIn profile is verified, 0 otherwise.
        has_premium (int | None | Unset): 1 when the contact has LinkedIn Premium, 0 otherwise.
        experience (list[LeadExperienceItem] | None | Unset): Work history.
        posts (list[LeadPostsItem] | None | Unset): Recent LinkedIn posts.
        educations (list[LeadEducationsItem] | None | Unset): Education history.
        skills (list[str] | None | Unset): Skills listed on LinkedIn.
        raw_address (None | str | Unset): Location as free text. Example: San Francisco, CA, USA.
        location (list[LeadLocationItem] | None | Unset): Structured location.
        tags (list[str] | None | Unset): Tags attached to the contact.
        status (None | str | Unset): Contact status, for example `ok`. Example: ok.
        linkedin_status (None | str | Unset): State of the LinkedIn profile, for example `active`. Example: active.
        email_status (None | str | Unset): Deliverability state of the email address, for example `verified`.
        unread_counts (list[LeadUnreadCountsItem] | None | Unset): Unread message counts per category.
        last_automation_approve_at (datetime.datetime | None | Unset): When automation was last approved for the
            contact.
        created_at (datetime.datetime | None | Unset): When the record was created.
        updated_at (datetime.datetime | None | Unset): When the record was last changed.
        top_voices (list[Any] | None | Unset): LinkedIn Top Voice badges of the contact.
        ln_member_id (None | str | Unset): Numeric LinkedIn member identifier.
        custom_fields (LeadCustomFields | None | Unset): Custom field values keyed by field name.
    """

    uuid: str
    team_id: int | None | Unset = UNSET
    user_id: int | None | Unset = UNSET
    sender_profile_uuid: None | str | Unset = UNSET
    list_uuid: None | str | Unset = UNSET
    data_source_uuid: None | str | Unset = UNSET
    pipeline_stage_uuid: None | str | Unset = UNSET
    company_uuid: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    company_ln_id: None | str | Unset = UNSET
    position: None | str | Unset = UNSET
    headline: None | str | Unset = UNSET
    about: None | str | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    ln_id: None | str | Unset = UNSET
    sn_id: None | str | Unset = UNSET
    linkedin: None | str | Unset = UNSET
    facebook: None | str | Unset = UNSET
    twitter: None | str | Unset = UNSET
    work_email: None | str | Unset = UNSET
    personal_email: None | str | Unset = UNSET
    work_phone_number: None | str | Unset = UNSET
    personal_phone_number: None | str | Unset = UNSET
    connections_number: int | None | Unset = UNSET
    followers_number: int | None | Unset = UNSET
    primary_language: None | str | Unset = UNSET
    supported_languages: list[str] | None | Unset = UNSET
    has_open_profile: int | None | Unset = UNSET
    has_verified_profile: int | None | Unset = UNSET
    has_premium: int | None | Unset = UNSET
    experience: list[LeadExperienceItem] | None | Unset = UNSET
    posts: list[LeadPostsItem] | None | Unset = UNSET
    educations: list[LeadEducationsItem] | None | Unset = UNSET
    skills: list[str] | None | Unset = UNSET
    raw_address: None | str | Unset = UNSET
    location: list[LeadLocationItem] | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    status: None | str | Unset = UNSET
    linkedin_status: None | str | Unset = UNSET
    email_status: None | str | Unset = UNSET
    unread_counts: list[LeadUnreadCountsItem] | None | Unset = UNSET
    last_automation_approve_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    top_voices: list[Any] | None | Unset = UNSET
    ln_member_id: None | str | Unset = UNSET
    custom_fields: LeadCustomFields | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.lead_custom_fields import LeadCustomFields

        uuid = self.uuid

        team_id: int | None | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        sender_profile_uuid: None | str | Unset
        if isinstance(self.sender_profile_uuid, Unset):
            sender_profile_uuid = UNSET
        else:
            sender_profile_uuid = self.sender_profile_uuid

        list_uuid: None | str | Unset
        if isinstance(self.list_uuid, Unset):
            list_uuid = UNSET
        else:
            list_uuid = self.list_uuid

        data_source_uuid: None | str | Unset
        if isinstance(self.data_source_uuid, Unset):
            data_source_uuid = UNSET
        else:
            data_source_uuid = self.data_source_uuid

        pipeline_stage_uuid: None | str | Unset
        if isinstance(self.pipeline_stage_uuid, Unset):
            pipeline_stage_uuid = UNSET
        else:
            pipeline_stage_uuid = self.pipeline_stage_uuid

        company_uuid: None | str | Unset
        if isinstance(self.company_uuid, Unset):
            company_uuid = UNSET
        else:
            company_uuid = self.company_uuid

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        company_ln_id: None | str | Unset
        if isinstance(self.company_ln_id, Unset):
            company_ln_id = UNSET
        else:
            company_ln_id = self.company_ln_id

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        headline: None | str | Unset
        if isinstance(self.headline, Unset):
            headline = UNSET
        else:
            headline = self.headline

        about: None | str | Unset
        if isinstance(self.about, Unset):
            about = UNSET
        else:
            about = self.about

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        ln_id: None | str | Unset
        if isinstance(self.ln_id, Unset):
            ln_id = UNSET
        else:
            ln_id = self.ln_id

        sn_id: None | str | Unset
        if isinstance(self.sn_id, Unset):
            sn_id = UNSET
        else:
            sn_id = self.sn_id

        linkedin: None | str | Unset
        if isinstance(self.linkedin, Unset):
            linkedin = UNSET
        else:
            linkedin = self.linkedin

        facebook: None | str | Unset
        if isinstance(self.facebook, Unset):
            facebook = UNSET
        else:
            facebook = self.facebook

        twitter: None | str | Unset
        if isinstance(self.twitter, Unset):
            twitter = UNSET
        else:
            twitter = self.twitter

        work_email: None | str | Unset
        if isinstance(self.work_email, Unset):
            work_email = UNSET
        else:
            work_email = self.work_email

        personal_email: None | str | Unset
        if isinstance(self.personal_email, Unset):
            personal_email = UNSET
        else:
            personal_email = self.personal_email

        work_phone_number: None | str | Unset
        if isinstance(self.work_phone_number, Unset):
            work_phone_number = UNSET
        else:
            work_phone_number = self.work_phone_number

        personal_phone_number: None | str | Unset
        if isinstance(self.personal_phone_number, Unset):
            personal_phone_number = UNSET
        else:
            personal_phone_number = self.personal_phone_number

        connections_number: int | None | Unset
        if isinstance(self.connections_number, Unset):
            connections_number = UNSET
        else:
            connections_number = self.connections_number

        followers_number: int | None | Unset
        if isinstance(self.followers_number, Unset):
            followers_number = UNSET
        else:
            followers_number = self.followers_number

        primary_language: None | str | Unset
        if isinstance(self.primary_language, Unset):
            primary_language = UNSET
        else:
            primary_language = self.primary_language

        supported_languages: list[str] | None | Unset
        if isinstance(self.supported_languages, Unset):
            supported_languages = UNSET
        elif isinstance(self.supported_languages, list):
            supported_languages = self.supported_languages

        else:
            supported_languages = self.supported_languages

        has_open_profile: int | None | Unset
        if isinstance(self.has_open_profile, Unset):
            has_open_profile = UNSET
        else:
            has_open_profile = self.has_open_profile

        has_verified_profile: int | None | Unset
        if isinstance(self.has_verified_profile, Unset):
            has_verified_profile = UNSET
        else:
            has_verified_profile = self.has_verified_profile

        has_premium: int | None | Unset
        if isinstance(self.has_premium, Unset):
            has_premium = UNSET
        else:
            has_premium = self.has_premium

        experience: list[dict[str, Any]] | None | Unset
        if isinstance(self.experience, Unset):
            experience = UNSET
        elif isinstance(self.experience, list):
            experience = []
            for experience_type_0_item_data in self.experience:
                experience_type_0_item = experience_type_0_item_data.to_dict()
                experience.append(experience_type_0_item)

        else:
            experience = self.experience

        posts: list[dict[str, Any]] | None | Unset
        if isinstance(self.posts, Unset):
            posts = UNSET
        elif isinstance(self.posts, list):
            posts = []
            for posts_type_0_item_data in self.posts:
                posts_type_0_item = posts_type_0_item_data.to_dict()
                posts.append(posts_type_0_item)

        else:
            posts = self.posts

        educations: list[dict[str, Any]] | None | Unset
        if isinstance(self.educations, Unset):
            educations = UNSET
        elif isinstance(self.educations, list):
            educations = []
            for educations_type_0_item_data in self.educations:
                educations_type_0_item = educations_type_0_item_data.to_dict()
                educations.append(educations_type_0_item)

        else:
            educations = self.educations

        skills: list[str] | None | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        elif isinstance(self.skills, list):
            skills = self.skills

        else:
            skills = self.skills

        raw_address: None | str | Unset
        if isinstance(self.raw_address, Unset):
            raw_address = UNSET
        else:
            raw_address = self.raw_address

        location: list[dict[str, Any]] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, list):
            location = []
            for location_type_0_item_data in self.location:
                location_type_0_item = location_type_0_item_data.to_dict()
                location.append(location_type_0_item)

        else:
            location = self.location

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        linkedin_status: None | str | Unset
        if isinstance(self.linkedin_status, Unset):
            linkedin_status = UNSET
        else:
            linkedin_status = self.linkedin_status

        email_status: None | str | Unset
        if isinstance(self.email_status, Unset):
            email_status = UNSET
        else:
            email_status = self.email_status

        unread_counts: list[dict[str, Any]] | None | Unset
        if isinstance(self.unread_counts, Unset):
            unread_counts = UNSET
        elif isinstance(self.unread_counts, list):
            unread_counts = []
            for unread_counts_type_0_item_data in self.unread_counts:
                unread_counts_type_0_item = unread_counts_type_0_item_data.to_dict()
                unread_counts.append(unread_counts_type_0_item)

        else:
            unread_counts = self.unread_counts

        last_automation_approve_at: None | str | Unset
        if isinstance(self.last_automation_approve_at, Unset):
            last_automation_approve_at = UNSET
        elif isinstance(self.last_automation_approve_at, datetime.datetime):
            last_automation_approve_at = self.last_automation_approve_at.isoformat()
        else:
            last_automation_approve_at = self.last_automation_approve_at

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        top_voices: list[Any] | None | Unset
        if isinstance(self.top_voices, Unset):
            top_voices = UNSET
        elif isinstance(self.top_voices, list):
            top_voices = self.top_voices

        else:
            top_voices = self.top_voices

        ln_member_id: None | str | Unset
        if isinstance(self.ln_member_id, Unset):
            ln_member_id = UNSET
        else:
            ln_member_id = self.ln_member_id

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, LeadCustomFields):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
            }
        )
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if sender_profile_uuid is not UNSET:
            field_dict["sender_profile_uuid"] = sender_profile_uuid
        if list_uuid is not UNSET:
            field_dict["list_uuid"] = list_uuid
        if data_source_uuid is not UNSET:
            field_dict["data_source_uuid"] = data_source_uuid
        if pipeline_stage_uuid is not UNSET:
            field_dict["pipeline_stage_uuid"] = pipeline_stage_uuid
        if company_uuid is not UNSET:
            field_dict["company_uuid"] = company_uuid
        if name is not UNSET:
            field_dict["name"] = name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if company_ln_id is not UNSET:
            field_dict["company_ln_id"] = company_ln_id
        if position is not UNSET:
            field_dict["position"] = position
        if headline is not UNSET:
            field_dict["headline"] = headline
        if about is not UNSET:
            field_dict["about"] = about
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if ln_id is not UNSET:
            field_dict["ln_id"] = ln_id
        if sn_id is not UNSET:
            field_dict["sn_id"] = sn_id
        if linkedin is not UNSET:
            field_dict["linkedin"] = linkedin
        if facebook is not UNSET:
            field_dict["facebook"] = facebook
        if twitter is not UNSET:
            field_dict["twitter"] = twitter
        if work_email is not UNSET:
            field_dict["work_email"] = work_email
        if personal_email is not UNSET:
            field_dict["personal_email"] = personal_email
        if work_phone_number is not UNSET:
            field_dict["work_phone_number"] = work_phone_number
        if personal_phone_number is not UNSET:
            field_dict["personal_phone_number"] = personal_phone_number
        if connections_number is not UNSET:
            field_dict["connections_number"] = connections_number
        if followers_number is not UNSET:
            field_dict["followers_number"] = followers_number
        if primary_language is not UNSET:
            field_dict["primary_language"] = primary_language
        if supported_languages is not UNSET:
            field_dict["supported_languages"] = supported_languages
        if has_open_profile is not UNSET:
            field_dict["has_open_profile"] = has_open_profile
        if has_verified_profile is not UNSET:
            field_dict["has_verified_profile"] = has_verified_profile
        if has_premium is not UNSET:
            field_dict["has_premium"] = has_premium
        if experience is not UNSET:
            field_dict["experience"] = experience
        if posts is not UNSET:
            field_dict["posts"] = posts
        if educations is not UNSET:
            field_dict["educations"] = educations
        if skills is not UNSET:
            field_dict["skills"] = skills
        if raw_address is not UNSET:
            field_dict["raw_address"] = raw_address
        if location is not UNSET:
            field_dict["location"] = location
        if tags is not UNSET:
            field_dict["tags"] = tags
        if status is not UNSET:
            field_dict["status"] = status
        if linkedin_status is not UNSET:
            field_dict["linkedin_status"] = linkedin_status
        if email_status is not UNSET:
            field_dict["email_status"] = email_status
        if unread_counts is not UNSET:
            field_dict["unread_counts"] = unread_counts
        if last_automation_approve_at is not UNSET:
            field_dict["last_automation_approve_at"] = last_automation_approve_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if top_voices is not UNSET:
            field_dict["top_voices"] = top_voices
        if ln_member_id is not UNSET:
            field_dict["ln_member_id"] = ln_member_id
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lead_custom_fields import LeadCustomFields
        from ..models.lead_educations_item import LeadEducationsItem
        from ..models.lead_experience_item import LeadExperienceItem
        from ..models.lead_location_item import LeadLocationItem
        from ..models.lead_posts_item import LeadPostsItem
        from ..models.lead_unread_counts_item import LeadUnreadCountsItem

        d = dict(src_dict)
        uuid = d.pop("uuid")

        def _parse_team_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_sender_profile_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender_profile_uuid = _parse_sender_profile_uuid(
            d.pop("sender_profile_uuid", UNSET)
        )

        def _parse_list_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        list_uuid = _parse_list_uuid(d.pop("list_uuid", UNSET))

        def _parse_data_source_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_source_uuid = _parse_data_source_uuid(d.pop("data_source_uuid", UNSET))

        def _parse_pipeline_stage_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pipeline_stage_uuid = _parse_pipeline_stage_uuid(
            d.pop("pipeline_stage_uuid", UNSET)
        )

        def _parse_company_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_uuid = _parse_company_uuid(d.pop("company_uuid", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("company_name", UNSET))

        def _parse_company_ln_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_ln_id = _parse_company_ln_id(d.pop("company_ln_id", UNSET))

        def _parse_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_headline(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        headline = _parse_headline(d.pop("headline", UNSET))

        def _parse_about(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        about = _parse_about(d.pop("about", UNSET))

        def _parse_avatar_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_url = _parse_avatar_url(d.pop("avatar_url", UNSET))

        def _parse_ln_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ln_id = _parse_ln_id(d.pop("ln_id", UNSET))

        def _parse_sn_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sn_id = _parse_sn_id(d.pop("sn_id", UNSET))

        def _parse_linkedin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin = _parse_linkedin(d.pop("linkedin", UNSET))

        def _parse_facebook(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        facebook = _parse_facebook(d.pop("facebook", UNSET))

        def _parse_twitter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        twitter = _parse_twitter(d.pop("twitter", UNSET))

        def _parse_work_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        work_email = _parse_work_email(d.pop("work_email", UNSET))

        def _parse_personal_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        personal_email = _parse_personal_email(d.pop("personal_email", UNSET))

        def _parse_work_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        work_phone_number = _parse_work_phone_number(d.pop("work_phone_number", UNSET))

        def _parse_personal_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        personal_phone_number = _parse_personal_phone_number(
            d.pop("personal_phone_number", UNSET)
        )

        def _parse_connections_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        connections_number = _parse_connections_number(
            d.pop("connections_number", UNSET)
        )

        def _parse_followers_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        followers_number = _parse_followers_number(d.pop("followers_number", UNSET))

        def _parse_primary_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_language = _parse_primary_language(d.pop("primary_language", UNSET))

        def _parse_supported_languages(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_languages_type_0 = cast(list[str], data)

                return supported_languages_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"supported_languages: {type(data).__name__} is not list[str] | None | Unset ({problem!r})"
            )

        supported_languages = _parse_supported_languages(
            d.pop("supported_languages", UNSET)
        )

        def _parse_has_open_profile(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        has_open_profile = _parse_has_open_profile(d.pop("has_open_profile", UNSET))

        def _parse_has_verified_profile(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        has_verified_profile = _parse_has_verified_profile(
            d.pop("has_verified_profile", UNSET)
        )

        def _parse_has_premium(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        has_premium = _parse_has_premium(d.pop("has_premium", UNSET))

        def _parse_experience(data: object) -> list[LeadExperienceItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                experience_type_0 = []
                _experience_type_0 = data
                for experience_type_0_item_data in _experience_type_0:
                    experience_type_0_item = LeadExperienceItem.from_dict(
                        experience_type_0_item_data
                    )

                    experience_type_0.append(experience_type_0_item)

                return experience_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"experience: {type(data).__name__} is not list[LeadExperienceItem] | None | Unset ({problem!r})"
            )

        experience = _parse_experience(d.pop("experience", UNSET))

        def _parse_posts(data: object) -> list[LeadPostsItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                posts_type_0 = []
                _posts_type_0 = data
                for posts_type_0_item_data in _posts_type_0:
                    posts_type_0_item = LeadPostsItem.from_dict(posts_type_0_item_data)

                    posts_type_0.append(posts_type_0_item)

                return posts_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"posts: {type(data).__name__} is not list[LeadPostsItem] | None | Unset ({problem!r})"
            )

        posts = _parse_posts(d.pop("posts", UNSET))

        def _parse_educations(data: object) -> list[LeadEducationsItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                educations_type_0 = []
                _educations_type_0 = data
                for educations_type_0_item_data in _educations_type_0:
                    educations_type_0_item = LeadEducationsItem.from_dict(
                        educations_type_0_item_data
                    )

                    educations_type_0.append(educations_type_0_item)

                return educations_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"educations: {type(data).__name__} is not list[LeadEducationsItem] | None | Unset ({problem!r})"
            )

        educations = _parse_educations(d.pop("educations", UNSET))

        def _parse_skills(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                skills_type_0 = cast(list[str], data)

                return skills_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"skills: {type(data).__name__} is not list[str] | None | Unset ({problem!r})"
            )

        skills = _parse_skills(d.pop("skills", UNSET))

        def _parse_raw_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        raw_address = _parse_raw_address(d.pop("raw_address", UNSET))

        def _parse_location(data: object) -> list[LeadLocationItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                location_type_0 = []
                _location_type_0 = data
                for location_type_0_item_data in _location_type_0:
                    location_type_0_item = LeadLocationItem.from_dict(
                        location_type_0_item_data
                    )

                    location_type_0.append(location_type_0_item)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"location: {type(data).__name__} is not list[LeadLocationItem] | None | Unset ({problem!r})"
            )

        location = _parse_location(d.pop("location", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"tags: {type(data).__name__} is not list[str] | None | Unset ({problem!r})"
            )

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_linkedin_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin_status = _parse_linkedin_status(d.pop("linkedin_status", UNSET))

        def _parse_email_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_status = _parse_email_status(d.pop("email_status", UNSET))

        def _parse_unread_counts(
            data: object,
        ) -> list[LeadUnreadCountsItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                unread_counts_type_0 = []
                _unread_counts_type_0 = data
                for unread_counts_type_0_item_data in _unread_counts_type_0:
                    unread_counts_type_0_item = LeadUnreadCountsItem.from_dict(
                        unread_counts_type_0_item_data
                    )

                    unread_counts_type_0.append(unread_counts_type_0_item)

                return unread_counts_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"unread_counts: {type(data).__name__} is not list[LeadUnreadCountsItem] | None | Unset ({problem!r})"
            )

        unread_counts = _parse_unread_counts(d.pop("unread_counts", UNSET))

        def _parse_last_automation_approve_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_automation_approve_at_type_0 = datetime.datetime.fromisoformat(
                    data
                )

                return last_automation_approve_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_automation_approve_at = _parse_last_automation_approve_at(
            d.pop("last_automation_approve_at", UNSET)
        )

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_top_voices(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                top_voices_type_0 = data

                return top_voices_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"top_voices: {type(data).__name__} is not list[Any] | None | Unset ({problem!r})"
            )

        top_voices = _parse_top_voices(d.pop("top_voices", UNSET))

        def _parse_ln_member_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ln_member_id = _parse_ln_member_id(d.pop("ln_member_id", UNSET))

        def _parse_custom_fields(data: object) -> LeadCustomFields | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = LeadCustomFields.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"custom_fields: {type(data).__name__} is not LeadCustomFields | None | Unset ({problem!r})"
            )

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        lead = cls(
            uuid=uuid,
            team_id=team_id,
            user_id=user_id,
            sender_profile_uuid=sender_profile_uuid,
            list_uuid=list_uuid,
            data_source_uuid=data_source_uuid,
            pipeline_stage_uuid=pipeline_stage_uuid,
            company_uuid=company_uuid,
            name=name,
            first_name=first_name,
            last_name=last_name,
            company_name=company_name,
            company_ln_id=company_ln_id,
            position=position,
            headline=headline,
            about=about,
            avatar_url=avatar_url,
            ln_id=ln_id,
            sn_id=sn_id,
            linkedin=linkedin,
            facebook=facebook,
            twitter=twitter,
            work_email=work_email,
            personal_email=personal_email,
            work_phone_number=work_phone_number,
            personal_phone_number=personal_phone_number,
            connections_number=connections_number,
            followers_number=followers_number,
            primary_language=primary_language,
            supported_languages=supported_languages,
            has_open_profile=has_open_profile,
            has_verified_profile=has_verified_profile,
            has_premium=has_premium,
            experience=experience,
            posts=posts,
            educations=educations,
            skills=skills,
            raw_address=raw_address,
            location=location,
            tags=tags,
            status=status,
            linkedin_status=linkedin_status,
            email_status=email_status,
            unread_counts=unread_counts,
            last_automation_approve_at=last_automation_approve_at,
            created_at=created_at,
            updated_at=updated_at,
            top_voices=top_voices,
            ln_member_id=ln_member_id,
            custom_fields=custom_fields,
        )

        lead.additional_properties = d
        return lead

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
