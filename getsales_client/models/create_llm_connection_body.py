from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLlmConnectionBody")


@_attrs_define
class CreateLlmConnectionBody:
    """
    Attributes:
        provider (str): LLM provider, e.g. OpenAI, Anthropic, Google, DeepSeek or xAI; required. Example: openai.
        api_token (str): Provider API key; validated on creation and stored encrypted; required. Example: sk-
            live-0123456789abcdef.
        name (str | Unset): Name of the connection. Example: OpenAI production.
    """

    provider: str
    api_token: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        api_token = self.api_token

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "api_token": api_token,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        provider = d.pop("provider")

        api_token = d.pop("api_token")

        name = d.pop("name", UNSET)

        create_llm_connection_body = cls(
            provider=provider,
            api_token=api_token,
            name=name,
        )

        create_llm_connection_body.additional_properties = d
        return create_llm_connection_body

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
