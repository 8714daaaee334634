from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_ai_agent_body_classification_llm_config import (
        CreateAiAgentBodyClassificationLlmConfig,
    )


T = TypeVar("T", bound="CreateAiAgentBody")


@_attrs_define
class CreateAiAgentBody:
    """
    Attributes:
        name (str): Agent name; required. Example: Reply classifier.
        description (None | str | Unset): Optional description.
        avatar_url (None | str | Unset): Optional picture URL for the agent.
        classification_llm_uuid (str | Unset): LLM connection used for classification.
        classification_llm_config (CreateAiAgentBodyClassificationLlmConfig | Unset): Model settings for classification
            (model, temperature and similar).
        classification_prompt (str | Unset): Instructions the model follows when classifying.
    """

    name: str
    description: None | str | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    classification_llm_uuid: str | Unset = UNSET
    classification_llm_config: CreateAiAgentBodyClassificationLlmConfig | Unset = UNSET
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
        field_dict.update(
            {
                "name": name,
            }
        )
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
        from ..models.create_ai_agent_body_classification_llm_config import (
            CreateAiAgentBodyClassificationLlmConfig,
        )

        d = dict(src_dict)
        name = d.pop("name")

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
        classification_llm_config: CreateAiAgentBodyClassificationLlmConfig | Unset
        if isinstance(_classification_llm_config, Unset):
            classification_llm_config = UNSET
        else:
            classification_llm_config = (
                CreateAiAgentBodyClassificationLlmConfig.from_dict(
                    _classification_llm_config
                )
            )

        classification_prompt = d.pop("classification_prompt", UNSET)

        create_ai_agent_body = cls(
            name=name,
            description=description,
            avatar_url=avatar_url,
            classification_llm_uuid=classification_llm_uuid,
            classification_llm_config=classification_llm_config,
            classification_prompt=classification_prompt,
        )

        create_ai_agent_body.additional_properties = d
        return create_ai_agent_body

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
