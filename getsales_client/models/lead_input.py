from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lead_input_custom_fields import LeadInputCustomFields


T = TypeVar("T", bound="LeadInput")


@_attrs_define
class LeadInput:
    """Contact data accepted by the create and upsert endpoints.

    Attributes:
        linkedin_id (str | Unset): Any LinkedIn reference: profile URL, Sales Navigator URL, nickname, LinkedIn id or
            Sales Navigator id. The kind is detected automatically. Example: john-doe-123456.
        first_name (str | Unset): First name. Example: John.
        last_name (str | Unset): Last name. Example: Doe.
        name (str | Unset): Full name. Example: John Doe.
        company_name (str | Unset): Company name. Example: Acme Inc.
        ln_id (None | str | Unset): LinkedIn id. Example: ACoAAAB6GuQBOXo75numqJfM9u08uHgjOSo4p9U.
        sn_id (None | str | Unset): Sales Navigator id. Example: ACwAAAB6GuQBEz2TMHbG4sa7Nw5wSi7cJXMQkPI.
        ln_member_id (None | str | Unset): Numeric LinkedIn member id.
        linkedin (None | str | Unset): LinkedIn nickname (the part after /in/). Example: john-doe-123456.
        email (str | Unset): Email address. Example: john@acme.com.
        work_email (None | str | Unset): Work email address; one of the identifiers upsert matches existing contacts on
            (after the LinkedIn identifiers).
        personal_email (None | str | Unset): Personal email address; matched after `work_email` when looking for an
            existing contact.
        about (None | str | Unset): Profile summary.
        domain (str | Unset): Company domain, used to find the email address. Example: acme.com.
        headline (None | str | Unset): LinkedIn headline.
        position (None | str | Unset): Job title. Example: VP of Sales.
        raw_address (None | str | Unset): Location as free text. Example: Berlin, Germany.
        tags (list[str] | Unset): Tag names; unknown tags are created. On update they are added to the existing tags.
            Example: ['decision_maker'].
        custom_fields (LeadInputCustomFields | Unset): Custom field values keyed by field name. Example: {'Gender':
            'Male'}.
    """

    linkedin_id: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    name: str | Unset = UNSET
    company_name: str | Unset = UNSET
    ln_id: None | str | Unset = UNSET
    sn_id: None | str | Unset = UNSET
    ln_member_id: None | str | Unset = UNSET
    linkedin: None | str | Unset = UNSET
    email: str | Unset = UNSET
    work_email: None | str | Unset = UNSET
    personal_email: None | str | Unset = UNSET
    about: None | str | Unset = UNSET
    domain: str | Unset = UNSET
    headline: None | str | Unset = UNSET
    position: None | str | Unset = UNSET
    raw_address: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    custom_fields: LeadInputCustomFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        linkedin_id = self.linkedin_id

        first_name = self.first_name

        last_name = self.last_name

        name = self.name

        company_name = self.company_name

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

        ln_member_id: None | str | Unset
        if isinstance(self.ln_member_id, Unset):
            ln_member_id = UNSET
        else:
            ln_member_id = self.ln_member_id

        linkedin: None | str | Unset
        if isinstance(self.linkedin, Unset):
            linkedin = UNSET
        else:
            linkedin = self.linkedin

        email = self.email

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

        about: None | str | Unset
        if isinstance(self.about, Unset):
            about = UNSET
        else:
            about = self.about

        domain = self.domain

        headline: None | str | Unset
        if isinstance(self.headline, Unset):
            headline = UNSET
        else:
            headline = self.headline

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        raw_address: None | str | Unset
        if isinstance(self.raw_address, Unset):
            raw_address = UNSET
        else:
            raw_address = self.raw_address

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if linkedin_id is not UNSET:
            field_dict["linkedin_id"] = linkedin_id
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if name is not UNSET:
            field_dict["name"] = name
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if ln_id is not UNSET:
            field_dict["ln_id"] = ln_id
        if sn_id is not UNSET:
            field_dict["sn_id"] = sn_id
        if ln_member_id is not UNSET:
            field_dict["ln_member_id"] = ln_member_id
        if linkedin is not UNSET:
            field_dict["linkedin"] = linkedin
        if email is not UNSET:
            field_dict["email"] = email
        if work_email is not UNSET:
            field_dict["work_email"] = work_email
        if personal_email is not UNSET:
            field_dict["personal_email"] = personal_email
        if about is not UNSET:
            field_dict["about"] = about
        if domain is not UNSET:
            field_dict["domain"] = domain
        if headline is not UNSET:
            field_dict["headline"] = headline
        if position is not UNSET:
            field_dict["position"] = position
        if raw_address is not UNSET:
            field_dict["raw_address"] = raw_address
        if tags is not UNSET:
            field_dict["tags"] = tags
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lead_input_custom_fields import LeadInputCustomFields

        d = dict(src_dict)
        linkedin_id = d.pop("linkedin_id", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        name = d.pop("name", UNSET)

        company_name = d.pop("company_name", UNSET)

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

        def _parse_ln_member_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ln_member_id = _parse_ln_member_id(d.pop("ln_member_id", UNSET))

        def _parse_linkedin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin = _parse_linkedin(d.pop("linkedin", UNSET))

        email = d.pop("email", UNSET)

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

        def _parse_about(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        about = _parse_about(d.pop("about", UNSET))

        domain = d.pop("domain", UNSET)

        def _parse_headline(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        headline = _parse_headline(d.pop("headline", UNSET))

        def _parse_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_raw_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        raw_address = _parse_raw_address(d.pop("raw_address", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: LeadInputCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = LeadInputCustomFields.from_dict(_custom_fields)

        lead_input = cls(
            linkedin_id=linkedin_id,
            first_name=first_name,
            last_name=last_name,
            name=name,
            company_name=company_name,
            ln_id=ln_id,
            sn_id=sn_id,
            ln_member_id=ln_member_id,
            linkedin=linkedin,
            email=email,
            work_email=work_email,
            personal_email=personal_email,
            about=about,
            domain=domain,
            headline=headline,
            position=position,
            raw_address=raw_address,
            tags=tags,
            custom_fields=custom_fields,
        )

        lead_input.additional_properties = d
        return lead_input

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
