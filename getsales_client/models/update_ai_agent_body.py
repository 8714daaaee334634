from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_ai_agent_body_classification_llm_config import (
        UpdateAiAgentBodyClassificationLlmConfig,
    )


T = TypeVar("T", bound="UpdateAiAgentBody")


@_attrs_define
class UpdateAiAgentBody:
    """
    Attributes:
        name (str | Unset): New name. Example: Reply classifier.
        description (None | str | Unset): New description.
        avatar_url (None | str | Unset): New picture URL.
        classification_llm_uuid (str | Unset): LLM connection to classify with.
        classification_llm_config (UpdateAiAgentBodyClassificationLlmConfig | Unset): New model settings for
            classification.
        classification_prompt (str | Unset): New classification instructions.
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    classification_llm_uuid: str | Unset = UNSET
    classification_llm_config: UpdateAiAgentBodyClassificationLlmConfig | Unset = UNSET
    classification_prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        classification_llm_uuid = self.classification_llm_uuid

        classification_llm_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classification_llm_config, Unset):
            classification_llm_config = self.classification_llm_config.to_dict()

        classification_prompt = self.classification_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if classification_llm_uuid is not UNSET:
            field_dict["classification_llm_uuid"] = classification_llm_uuid
        if classification_llm_config is not UNSET:
            field_dict["classification_llm_config"] = classification_llm_config
        if classification_prompt is not UNSET:
            field_dict["classification_prompt"] = classification_prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_ai_agent_body_classification_llm_config import (
            UpdateAiAgentBodyClassificationLlmConfig,
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_avatar_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_url = _parse_avatar_url(d.pop("avatar_url", UNSET))

        classification_llm_uuid = d.pop("classification_llm_uuid", UNSET)

        _classification_llm_config = d.pop("classification_llm_config", UNSET)
        classification_llm_config: UpdateAiAgentBodyClassificationLlmConfig | Unset
        if isinstance(_classification_llm_config, Unset):
            classification_llm_config = UNSET
        else:
            classification_llm_config = (
                UpdateAiAgentBodyClassificationLlmConfig.from_dict(
                    _classification_llm_config
                )
            )

        classification_prompt = d.pop("classification_prompt", UNSET)

        update_ai_agent_body = cls(
            name=name,
            description=description,
            avatar_url=avatar_url,
            classification_llm_uuid=classification_llm_uuid,
            classification_llm_config=classification_llm_config,
            classification_prompt=classification_prompt,
        )

        update_ai_agent_body.additional_properties = d
        return update_ai_agent_body

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
