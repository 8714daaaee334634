from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_lead_body_custom_fields import UpdateLeadBodyCustomFields


T = TypeVar("T", bound="UpdateLeadBody")


@_attrs_define
class UpdateLeadBody:
    """
    Attributes:
        first_name (str | Unset): First name. Example: John.
        last_name (str | Unset): Last name. Example: Doe.
        company_name (str | Unset): Name of the contact's company. Example: Acme Inc.
        ln_id (None | str | Unset): LinkedIn member ID. Example: ACoAAAB6GuQBOXo75numqJfM9u08uHgjOSo4p9U.
        sn_id (None | str | Unset): Sales Navigator ID. Example: ACwAAAB6GuQBEz2TMHbG4sa7Nw5wSi7cJXMQkPI.
        linkedin (None | str | Unset): LinkedIn profile handle. Example: john-doe-123456.
        email (str | Unset): Email address (alternative to the work/personal fields). Example: john.doe@example.com.
        about (str | Unset): Free-text bio.
        domain (str | Unset): Company domain, used to discover email addresses. Example: acme.com.
        headline (None | str | Unset): LinkedIn headline. Example: VP of Sales at Acme Inc.
        position (None | str | Unset): Job title. Example: VP of Sales.
        raw_address (None | str | Unset): Location as free text. Example: San Francisco, CA, USA.
        name (str | Unset): Full name.
        facebook (str | Unset): Facebook profile.
        twitter (str | Unset): Twitter/X profile.
        work_email (str | Unset): Work email address.
        personal_email (str | Unset): Personal email address.
        work_phone_number (str | Unset): Work phone number.
        personal_phone_number (str | Unset): Personal phone number.
        status (str | Unset): Contact status, e.g. `ok`.
        linkedin_status (str | Unset): State of the LinkedIn profile, e.g. `active`.
        email_status (str | Unset): Verification state of the email, e.g. `verified`.
        location (Any | Unset): Structured location data.
        custom_fields (UpdateLeadBodyCustomFields | Unset): Custom field values to set, keyed by field.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    company_name: str | Unset = UNSET
    ln_id: None | str | Unset = UNSET
    sn_id: None | str | Unset = UNSET
    linkedin: None | str | Unset = UNSET
    email: str | Unset = UNSET
    about: str | Unset = UNSET
    domain: str | Unset = UNSET
    headline: None | str | Unset = UNSET
    position: None | str | Unset = UNSET
    raw_address: None | str | Unset = UNSET
    name: str | Unset = UNSET
    facebook: str | Unset = UNSET
    twitter: str | Unset = UNSET
    work_email: str | Unset = UNSET
    personal_email: str | Unset = UNSET
    work_phone_number: str | Unset = UNSET
    personal_phone_number: str | Unset = UNSET
    status: str | Unset = UNSET
    linkedin_status: str | Unset = UNSET
    email_status: str | Unset = UNSET
    location: Any | Unset = UNSET
    custom_fields: UpdateLeadBodyCustomFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

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

        linkedin: None | str | Unset
        if isinstance(self.linkedin, Unset):
            linkedin = UNSET
        else:
            linkedin = self.linkedin

        email = self.email

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

        name = self.name

        facebook = self.facebook

        twitter = self.twitter

        work_email = self.work_email

        personal_email = self.personal_email

        work_phone_number = self.work_phone_number

        personal_phone_number = self.personal_phone_number

        status = self.status

        linkedin_status = self.linkedin_status

        email_status = self.email_status

        location = self.location

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if ln_id is not UNSET:
            field_dict["ln_id"] = ln_id
        if sn_id is not UNSET:
            field_dict["sn_id"] = sn_id
        if linkedin is not UNSET:
            field_dict["linkedin"] = linkedin
        if email is not UNSET:
            field_dict["email"] = email
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
        if name is not UNSET:
            field_dict["name"] = name
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
        if status is not UNSET:
            field_dict["status"] = status
        if linkedin_status is not UNSET:
            field_dict["linkedin_status"] = linkedin_status
        if email_status is not UNSET:
            field_dict["email_status"] = email_status
        if location is not UNSET:
            field_dict["location"] = location
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_lead_body_custom_fields import UpdateLeadBodyCustomFields

        d = dict(src_dict)
        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

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

        def _parse_linkedin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin = _parse_linkedin(d.pop("linkedin", UNSET))

        email = d.pop("email", UNSET)

        about = d.pop("about", UNSET)

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

        name = d.pop("name", UNSET)

        facebook = d.pop("facebook", UNSET)

        twitter = d.pop("twitter", UNSET)

        work_email = d.pop("work_email", UNSET)

        personal_email = d.pop("personal_email", UNSET)

        work_phone_number = d.pop("work_phone_number", UNSET)

        personal_phone_number = d.pop("personal_phone_number", UNSET)

        status = d.pop("status", UNSET)

        linkedin_status = d.pop("linkedin_status", UNSET)

        email_status = d.pop("email_status", UNSET)

        location = d.pop("location", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: UpdateLeadBodyCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = UpdateLeadBodyCustomFields.from_dict(_custom_fields)

        update_lead_body = cls(
            first_name=first_name,
            last_name=last_name,
            company_name=company_name,
            ln_id=ln_id,
            sn_id=sn_id,
            linkedin=linkedin,
            email=email,
            about=about,
            domain=domain,
            headline=headline,
            position=position,
            raw_address=raw_address,
            name=name,
            facebook=facebook,
            twitter=twitter,
            work_email=work_email,
            personal_email=personal_email,
            work_phone_number=work_phone_number,
            personal_phone_number=personal_phone_number,
            status=status,
            linkedin_status=linkedin_status,
            email_status=email_status,
            location=location,
            custom_fields=custom_fields,
        )

        update_lead_body.additional_properties = d
        return update_lead_body

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
