from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_aggregation_markers import CompanyAggregationMarkers
    from ..models.company_custom_fields import CompanyCustomFields
    from ..models.company_hq_location_item import CompanyHqLocationItem


T = TypeVar("T", bound="CompanyAggregation")


@_attrs_define
class CompanyAggregation:
    """A company together with its activity markers and custom field values.

    Attributes:
        uuid (str): Unique identifier.
        team_id (int | None | Unset): Team (workspace) the record belongs to.
        user_id (int | None | Unset): User who created the record.
        data_source_uuid (None | str | Unset): UUID of the import (data source).
        lead_status_uuid (None | str | Unset): Pipeline stage UUID.
        name (None | str | Unset): Name. Example: Acme Inc.
        domain (None | str | Unset): Company domain. Example: acme.com.
        website (None | str | Unset): Company website. Example: https://acme.com.
        ln_id (int | None | Unset): LinkedIn company numeric ID.
        linkedin (None | str | Unset): LinkedIn nickname (the part of the profile URL after /in/ or /company/). Example:
            acme-inc.
        facebook (None | str | Unset): Facebook profile.
        twitter (None | str | Unset): Twitter/X profile.
        phone (None | str | Unset): Phone number.
        hq_raw_address (None | str | Unset): Headquarters address as free text. Example: San Francisco, CA, USA.
        hq_location (list[CompanyHqLocationItem] | None | Unset): Structured headquarters location.
        logo_url (None | str | Unset): Logo URL.
        industry (None | str | Unset): Industry. Example: Technology.
        employees_range (None | str | Unset): Head-count bracket, for example `51-200`. Example: 51-200.
        year_established (int | None | Unset): Year the company was founded. Example: 2015.
        about (None | str | Unset): Profile summary.
        lists (list[str] | None | Unset): List UUIDs.
        tags (list[str] | None | Unset): Tag UUIDs.
        status (None | str | Unset): State of the record.
        last_enrich_at (datetime.datetime | None | Unset): When the record was last enriched.
        created_at (datetime.datetime | None | Unset): When the record was created.
        updated_at (datetime.datetime | None | Unset): When the record was last changed.
        custom_fields (CompanyCustomFields | None | Unset): Custom field values keyed by field name.
        markers (CompanyAggregationMarkers | None | Unset): Activity markers and counters of the company.
    """

    uuid: str
    team_id: int | None | Unset = UNSET
    user_id: int | None | Unset = UNSET
    data_source_uuid: None | str | Unset = UNSET
    lead_status_uuid: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    domain: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    ln_id: int | None | Unset = UNSET
    linkedin: None | str | Unset = UNSET
    facebook: None | str | Unset = UNSET
    twitter: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    hq_raw_address: None | str | Unset = UNSET
    hq_location: list[CompanyHqLocationItem] | None | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    industry: None | str | Unset = UNSET
    employees_range: None | str | Unset = UNSET
    year_established: int | None | Unset = UNSET
    about: None | str | Unset = UNSET
    lists: list[str] | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    status: None | str | Unset = UNSET
    last_enrich_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    custom_fields: CompanyCustomFields | None | Unset = UNSET
    markers: CompanyAggregationMarkers | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.company_aggregation_markers import CompanyAggregationMarkers
        from ..models.company_custom_fields import CompanyCustomFields

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

        data_source_uuid: None | str | Unset
        if isinstance(self.data_source_uuid, Unset):
            data_source_uuid = UNSET
        else:
            data_source_uuid = self.data_source_uuid

        lead_status_uuid: None | str | Unset
        if isinstance(self.lead_status_uuid, Unset):
            lead_status_uuid = UNSET
        else:
            lead_status_uuid = self.lead_status_uuid

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        ln_id: int | None | Unset
        if isinstance(self.ln_id, Unset):
            ln_id = UNSET
        else:
            ln_id = self.ln_id

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

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        hq_raw_address: None | str | Unset
        if isinstance(self.hq_raw_address, Unset):
            hq_raw_address = UNSET
        else:
            hq_raw_address = self.hq_raw_address

        hq_location: list[dict[str, Any]] | None | Unset
        if isinstance(self.hq_location, Unset):
            hq_location = UNSET
        elif isinstance(self.hq_location, list):
            hq_location = []
            for hq_location_type_0_item_data in self.hq_location:
                hq_location_type_0_item = hq_location_type_0_item_data.to_dict()
                hq_location.append(hq_location_type_0_item)

        else:
            hq_location = self.hq_location

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        industry: None | str | Unset
        if isinstance(self.industry, Unset):
            industry = UNSET
        else:
            industry = self.industry

        employees_range: None | str | Unset
        if isinstance(self.employees_range, Unset):
            employees_range = UNSET
        else:
            employees_range = self.employees_range

        year_established: int | None | Unset
        if isinstance(self.year_established, Unset):
            year_established = UNSET
        else:
            year_established = self.year_established

        about: None | str | Unset
        if isinstance(self.about, Unset):
            about = UNSET
        else:
            about = self.about

        lists: list[str] | None | Unset
        if isinstance(self.lists, Unset):
            lists = UNSET
        elif isinstance(self.lists, list):
            lists = self.lists

        else:
            lists = self.lists

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

        last_enrich_at: None | str | Unset
        if isinstance(self.last_enrich_at, Unset):
            last_enrich_at = UNSET
        elif isinstance(self.last_enrich_at, datetime.datetime):
            last_enrich_at = self.last_enrich_at.isoformat()
        else:
            last_enrich_at = self.last_enrich_at

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

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, CompanyCustomFields):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        markers: dict[str, Any] | None | Unset
        if isinstance(self.markers, Unset):
            markers = UNSET
        elif isinstance(self.markers, CompanyAggregationMarkers):
            markers = self.markers.to_dict()
        else:
            markers = self.markers

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
        if data_source_uuid is not UNSET:
            field_dict["data_source_uuid"] = data_source_uuid
        if lead_status_uuid is not UNSET:
            field_dict["lead_status_uuid"] = lead_status_uuid
        if name is not UNSET:
            field_dict["name"] = name
        if domain is not UNSET:
            field_dict["domain"] = domain
        if website is not UNSET:
            field_dict["website"] = website
        if ln_id is not UNSET:
            field_dict["ln_id"] = ln_id
        if linkedin is not UNSET:
            field_dict["linkedin"] = linkedin
        if facebook is not UNSET:
            field_dict["facebook"] = facebook
        if twitter is not UNSET:
            field_dict["twitter"] = twitter
        if phone is not UNSET:
            field_dict["phone"] = phone
        if hq_raw_address is not UNSET:
            field_dict["hq_raw_address"] = hq_raw_address
        if hq_location is not UNSET:
            field_dict["hq_location"] = hq_location
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if industry is not UNSET:
            field_dict["industry"] = industry
        if employees_range is not UNSET:
            field_dict["employees_range"] = employees_range
        if year_established is not UNSET:
            field_dict["year_established"] = year_established
        if about is not UNSET:
            field_dict["about"] = about
        if lists is not UNSET:
            field_dict["lists"] = lists
        if tags is not UNSET:
            field_dict["tags"] = tags
        if status is not UNSET:
            field_dict["status"] = status
        if last_enrich_at is not UNSET:
            field_dict["last_enrich_at"] = last_enrich_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if markers is not UNSET:
            field_dict["markers"] = markers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.company_aggregation_markers import CompanyAggregationMarkers
        from ..models.company_custom_fields import CompanyCustomFields
        from ..models.company_hq_location_item import CompanyHqLocationItem

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

        def _parse_data_source_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_source_uuid = _parse_data_source_uuid(d.pop("data_source_uuid", UNSET))

        def _parse_lead_status_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lead_status_uuid = _parse_lead_status_uuid(d.pop("lead_status_uuid", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain = _parse_domain(d.pop("domain", UNSET))

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        def _parse_ln_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ln_id = _parse_ln_id(d.pop("ln_id", UNSET))

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

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_hq_raw_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hq_raw_address = _parse_hq_raw_address(d.pop("hq_raw_address", UNSET))

        def _parse_hq_location(
            data: object,
        ) -> list[CompanyHqLocationItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                hq_location_type_0 = []
                _hq_location_type_0 = data
                for hq_location_type_0_item_data in _hq_location_type_0:
                    hq_location_type_0_item = CompanyHqLocationItem.from_dict(
                        hq_location_type_0_item_data
                    )

                    hq_location_type_0.append(hq_location_type_0_item)

                return hq_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"hq_location: {type(data).__name__} is not list[CompanyHqLocationItem] | None | Unset ({problem!r})"
            )

        hq_location = _parse_hq_location(d.pop("hq_location", UNSET))

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.pop("logo_url", UNSET))

        def _parse_industry(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        industry = _parse_industry(d.pop("industry", UNSET))

        def _parse_employees_range(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        employees_range = _parse_employees_range(d.pop("employees_range", UNSET))

        def _parse_year_established(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        year_established = _parse_year_established(d.pop("year_established", UNSET))

        def _parse_about(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        about = _parse_about(d.pop("about", UNSET))

        def _parse_lists(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lists_type_0 = cast(list[str], data)

                return lists_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"lists: {type(data).__name__} is not list[str] | None | Unset ({problem!r})"
            )

        lists = _parse_lists(d.pop("lists", UNSET))

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

        def _parse_last_enrich_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_enrich_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_enrich_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_enrich_at = _parse_last_enrich_at(d.pop("last_enrich_at", UNSET))

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

        def _parse_custom_fields(data: object) -> CompanyCustomFields | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = CompanyCustomFields.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"custom_fields: {type(data).__name__} is not CompanyCustomFields | None | Unset ({problem!r})"
            )

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        def _parse_markers(data: object) -> CompanyAggregationMarkers | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                markers_type_0 = CompanyAggregationMarkers.from_dict(data)

                return markers_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"markers: {type(data).__name__} is not CompanyAggregationMarkers | None | Unset ({problem!r})"
            )

        markers = _parse_markers(d.pop("markers", UNSET))

        company_aggregation = cls(
            uuid=uuid,
            team_id=team_id,
            user_id=user_id,
            data_source_uuid=data_source_uuid,
            lead_status_uuid=lead_status_uuid,
            name=name,
            domain=domain,
            website=website,
            ln_id=ln_id,
            linkedin=linkedin,
            facebook=facebook,
            twitter=twitter,
            phone=phone,
            hq_raw_address=hq_raw_address,
            hq_location=hq_location,
            logo_url=logo_url,
            industry=industry,
            employees_range=employees_range,
            year_established=year_established,
            about=about,
            lists=lists,
            tags=tags,
            status=status,
            last_enrich_at=last_enrich_at,
            created_at=created_at,
            updated_at=updated_at,
            custom_fields=custom_fields,
            markers=markers,
        )

        company_aggregation.additional_properties = d
        return company_aggregation

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
