from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email import Email
    from ..models.email_body import EmailBody


T = TypeVar("T", bound="SendEmailResponse201")


@_attrs_define
class SendEmailResponse201:
    """
    Attributes:
        email_domain (Email | None | Unset): The created email.
        email_body_domain (EmailBody | None | Unset): Its content.
    """

    email_domain: Email | None | Unset = UNSET
    email_body_domain: EmailBody | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email import Email
        from ..models.email_body import EmailBody

        email_domain: dict[str, Any] | None | Unset
        if isinstance(self.email_domain, Unset):
            email_domain = UNSET
        elif isinstance(self.email_domain, Email):
            email_domain = self.email_domain.to_dict()
        else:
            email_domain = self.email_domain

        email_body_domain: dict[str, Any] | None | Unset
        if isinstance(self.email_body_domain, Unset):
            email_body_domain = UNSET
        elif isinstance(self.email_body_domain, EmailBody):
            email_body_domain = self.email_body_domain.to_dict()
        else:
            email_body_domain = self.email_body_domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_domain is not UNSET:
            field_dict["emailDomain"] = email_domain
        if email_body_domain is not UNSET:
            field_dict["emailBodyDomain"] = email_body_domain

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email import Email
        from ..models.email_body import EmailBody

        d = dict(src_dict)

        def _parse_email_domain(data: object) -> Email | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                email_domain_type_0 = Email.from_dict(data)

                return email_domain_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"emailDomain: {type(data).__name__} is not Email | None | Unset ({problem!r})"
            )

        email_domain = _parse_email_domain(d.pop("emailDomain", UNSET))

        def _parse_email_body_domain(data: object) -> EmailBody | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                email_body_domain_type_0 = EmailBody.from_dict(data)

                return email_body_domain_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"emailBodyDomain: {type(data).__name__} is not EmailBody | None | Unset ({problem!r})"
            )

        email_body_domain = _parse_email_body_domain(d.pop("emailBodyDomain", UNSET))

        send_email_response_201 = cls(
            email_domain=email_domain,
            email_body_domain=email_body_domain,
        )

        send_email_response_201.additional_properties = d
        return send_email_response_201

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
