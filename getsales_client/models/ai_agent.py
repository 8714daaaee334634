from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_agent_classification_llm_config import (
        AiAgentClassificationLlmConfig,
    )
    from ..models.ai_agent_statuses_item import AiAgentStatusesItem


T = TypeVar("T", bound="AiAgent")


@_attrs_define
class AiAgent:
    """An AI agent that classifies replies and drafts responses.

    Attributes:
        uuid (str): Unique identifier.
        public_uuid (None | str | Unset): Public identifier used for sharing.
        team_id (int | None | Unset): Team (workspace) the record belongs to.
        name (None | str | Unset): Name.
        description (None | str | Unset): Free-text description.
        avatar_url (None | str | Unset): Profile picture URL.
        classification_llm_uuid (None | str | Unset): UUID of the classification LLM.
        classification_llm_config (AiAgentClassificationLlmConfig | None | Unset): Model settings for classification
            (model, temperature, …).
        classification_prompt (None | str | Unset): Instructions for the classifier.
        created_at (datetime.datetime | None | Unset): When the record was created.
        updated_at (datetime.datetime | None | Unset): When the record was last changed.
        statuses (list[AiAgentStatusesItem] | None | Unset): Classification statuses of the agent, grouped by category
            (positive, negative, neutral, fallback).
    """

    uuid: str
    public_uuid: None | str | Unset = UNSET
    team_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    classification_llm_uuid: None | str | Unset = UNSET
    classification_llm_config: AiAgentClassificationLlmConfig | None | Unset = UNSET
    classification_prompt: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    statuses: list[AiAgentStatusesItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ai_agent_classification_llm_config import (
            AiAgentClassificationLlmConfig,
        )

        uuid = self.uuid

        public_uuid: None | str | Unset
        if isinstance(self.public_uuid, Unset):
            public_uuid = UNSET
        else:
            public_uuid = self.public_uuid

        team_id: int | None | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
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

        classification_llm_uuid: None | str | Unset
        if isinstance(self.classification_llm_uuid, Unset):
            classification_llm_uuid = UNSET
        else:
            classification_llm_uuid = self.classification_llm_uuid

        classification_llm_config: dict[str, Any] | None | Unset
        if isinstance(self.classification_llm_config, Unset):
            classification_llm_config = UNSET
        elif isinstance(self.classification_llm_config, AiAgentClassificationLlmConfig):
            classification_llm_config = self.classification_llm_config.to_dict()
        else:
            classification_llm_config = self.classification_llm_config

        classification_prompt: None | str | Unset
        if isinstance(self.classification_prompt, Unset):
            classification_prompt = UNSET
        else:
            classification_prompt = self.classification_prompt

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

        statuses: list[dict[str, Any]] | None | Unset
        if isinstance(self.statuses, Unset):
            statuses = UNSET
        elif isinstance(self.statuses, list):
            statuses = []
            for statuses_type_0_item_data in self.statuses:
                statuses_type_0_item = statuses_type_0_item_data.to_dict()
                statuses.append(statuses_type_0_item)

        else:
            statuses = self.statuses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
            }
        )
        if public_uuid is not UNSET:
            field_dict["public_uuid"] = public_uuid
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
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
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if statuses is not UNSET:
            field_dict["statuses"] = statuses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_agent_classification_llm_config import (
            AiAgentClassificationLlmConfig,
        )
        from ..models.ai_agent_statuses_item import AiAgentStatusesItem

        d = dict(src_dict)
        uuid = d.pop("uuid")

        def _parse_public_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_uuid = _parse_public_uuid(d.pop("public_uuid", UNSET))

        def _parse_team_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

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

        def _parse_classification_llm_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        classification_llm_uuid = _parse_classification_llm_uuid(
            d.pop("classification_llm_uuid", UNSET)
        )

        def _parse_classification_llm_config(
            data: object,
        ) -> AiAgentClassificationLlmConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                classification_llm_config_type_0 = (
                    AiAgentClassificationLlmConfig.from_dict(data)
                )

                return classification_llm_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"classification_llm_config: {type(data).__name__} is not AiAgentClassificationLlmConfig | None | Unset ({problem!r})"
            )

        classification_llm_config = _parse_classification_llm_config(
            d.pop("classification_llm_config", UNSET)
        )

        def _parse_classification_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        classification_prompt = _parse_classification_prompt(
            d.pop("classification_prompt", UNSET)
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

        def _parse_statuses(data: object) -> list[AiAgentStatusesItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                statuses_type_0 = []
                _statuses_type_0 = data
                for statuses_type_0_item_data in _statuses_type_0:
                    statuses_type_0_item = AiAgentStatusesItem.from_dict(
                        statuses_type_0_item_data
                    )

                    statuses_type_0.append(statuses_type_0_item)

                return statuses_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"statuses: {type(data).__name__} is not list[AiAgentStatusesItem] | None | Unset ({problem!r})"
            )

        statuses = _parse_statuses(d.pop("statuses", UNSET))

        ai_agent = cls(
            uuid=uuid,
            public_uuid=public_uuid,
            team_id=team_id,
            name=name,
            description=description,
            avatar_url=avatar_url,
            classification_llm_uuid=classification_llm_uuid,
            classification_llm_config=classification_llm_config,
            classification_prompt=classification_prompt,
            created_at=created_at,
            updated_at=updated_at,
            statuses=statuses,
        )

        ai_agent.additional_properties = d
        return ai_agent

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
