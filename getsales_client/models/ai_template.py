from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_template_type import AiTemplateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_template_attachments_item import AiTemplateAttachmentsItem
    from ..models.ai_template_llm_config import AiTemplateLlmConfig
    from ..models.ai_template_settings import AiTemplateSettings
    from ..models.ai_template_validation_llm_config import AiTemplateValidationLlmConfig


T = TypeVar("T", bound="AiTemplate")


@_attrs_define
class AiTemplate:
    """An AI-assisted message template.

    Attributes:
        uuid (str): Unique identifier.
        team_id (int | None | Unset): Team (workspace) the record belongs to.
        template_category_uuid (None | str | Unset): Template folder.
        name (None | str | Unset): Name.
        subject (None | str | Unset): Subject line.
        body (None | str | Unset): Body.
        attachments (list[AiTemplateAttachmentsItem] | None | Unset): Attachments.
        type_ (AiTemplateType | None | Unset):
        llm_uuid (None | str | Unset): UUID of the LLM connection.
        llm_config (AiTemplateLlmConfig | None | Unset): Model settings.
        prompt (None | str | Unset): Instructions for the AI-written part.
        enable_validation (bool | None | Unset): Generated text is checked by a second model.
        validation_llm_uuid (None | str | Unset): UUID of the validation LLM.
        validation_llm_config (AiTemplateValidationLlmConfig | None | Unset): Model settings of the validating model.
        validation_prompt (None | str | Unset): Instructions for the validating model.
        enable_fallback (bool | None | Unset): A fallback text is used when generation fails.
        settings (AiTemplateSettings | None | Unset): Further options.
        created_at (datetime.datetime | None | Unset): When the record was created.
        updated_at (datetime.datetime | None | Unset): When the record was last changed.
        is_public (int | None | Unset): 1 when visible to the whole team, 0 when private.
    """

    uuid: str
    team_id: int | None | Unset = UNSET
    template_category_uuid: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    attachments: list[AiTemplateAttachmentsItem] | None | Unset = UNSET
    type_: AiTemplateType | None | Unset = UNSET
    llm_uuid: None | str | Unset = UNSET
    llm_config: AiTemplateLlmConfig | None | Unset = UNSET
    prompt: None | str | Unset = UNSET
    enable_validation: bool | None | Unset = UNSET
    validation_llm_uuid: None | str | Unset = UNSET
    validation_llm_config: AiTemplateValidationLlmConfig | None | Unset = UNSET
    validation_prompt: None | str | Unset = UNSET
    enable_fallback: bool | None | Unset = UNSET
    settings: AiTemplateSettings | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    is_public: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ai_template_llm_config import AiTemplateLlmConfig
        from ..models.ai_template_settings import AiTemplateSettings
        from ..models.ai_template_validation_llm_config import (
            AiTemplateValidationLlmConfig,
        )

        uuid = self.uuid

        team_id: int | None | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        template_category_uuid: None | str | Unset
        if isinstance(self.template_category_uuid, Unset):
            template_category_uuid = UNSET
        else:
            template_category_uuid = self.template_category_uuid

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AiTemplateType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        llm_uuid: None | str | Unset
        if isinstance(self.llm_uuid, Unset):
            llm_uuid = UNSET
        else:
            llm_uuid = self.llm_uuid

        llm_config: dict[str, Any] | None | Unset
        if isinstance(self.llm_config, Unset):
            llm_config = UNSET
        elif isinstance(self.llm_config, AiTemplateLlmConfig):
            llm_config = self.llm_config.to_dict()
        else:
            llm_config = self.llm_config

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        enable_validation: bool | None | Unset
        if isinstance(self.enable_validation, Unset):
            enable_validation = UNSET
        else:
            enable_validation = self.enable_validation

        validation_llm_uuid: None | str | Unset
        if isinstance(self.validation_llm_uuid, Unset):
            validation_llm_uuid = UNSET
        else:
            validation_llm_uuid = self.validation_llm_uuid

        validation_llm_config: dict[str, Any] | None | Unset
        if isinstance(self.validation_llm_config, Unset):
            validation_llm_config = UNSET
        elif isinstance(self.validation_llm_config, AiTemplateValidationLlmConfig):
            validation_llm_config = self.validation_llm_config.to_dict()
        else:
            validation_llm_config = self.validation_llm_config

        validation_prompt: None | str | Unset
        if isinstance(self.validation_prompt, Unset):
            validation_prompt = UNSET
        else:
            validation_prompt = self.validation_prompt

        enable_fallback: bool | None | Unset
        if isinstance(self.enable_fallback, Unset):
            enable_fallback = UNSET
        else:
            enable_fallback = self.enable_fallback

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, AiTemplateSettings):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

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

        is_public: int | None | Unset
        if isinstance(self.is_public, Unset):
            is_public = UNSET
        else:
            is_public = self.is_public

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
            }
        )
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if template_category_uuid is not UNSET:
            field_dict["template_category_uuid"] = template_category_uuid
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if type_ is not UNSET:
            field_dict["type"] = type_
        if llm_uuid is not UNSET:
            field_dict["llm_uuid"] = llm_uuid
        if llm_config is not UNSET:
            field_dict["llm_config"] = llm_config
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if enable_validation is not UNSET:
            field_dict["enable_validation"] = enable_validation
        if validation_llm_uuid is not UNSET:
            field_dict["validation_llm_uuid"] = validation_llm_uuid
        if validation_llm_config is not UNSET:
            field_dict["validation_llm_config"] = validation_llm_config
        if validation_prompt is not UNSET:
            field_dict["validation_prompt"] = validation_prompt
        if enable_fallback is not UNSET:
            field_dict["enable_fallback"] = enable_fallback
        if settings is not UNSET:
            field_dict["settings"] = settings
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if is_public is not UNSET:
            field_dict["is_public"] = is_public

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_template_attachments_item import AiTemplateAttachmentsItem
        from ..models.ai_template_llm_config import AiTemplateLlmConfig
        from ..models.ai_template_settings import AiTemplateSettings
        from ..models.ai_template_validation_llm_config import (
            AiTemplateValidationLlmConfig,
        )

        d = dict(src_dict)
        uuid = d.pop("uuid")

        def _parse_team_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_template_category_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_category_uuid = _parse_template_category_uuid(
            d.pop("template_category_uuid", UNSET)
        )

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body = _parse_body(d.pop("body", UNSET))

        def _parse_attachments(
            data: object,
        ) -> list[AiTemplateAttachmentsItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = AiTemplateAttachmentsItem.from_dict(
                        attachments_type_0_item_data
                    )

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"attachments: {type(data).__name__} is not list[AiTemplateAttachmentsItem] | None | Unset ({problem!r})"
            )

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        def _parse_type_(data: object) -> AiTemplateType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = AiTemplateType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AiTemplateType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_llm_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        llm_uuid = _parse_llm_uuid(d.pop("llm_uuid", UNSET))

        def _parse_llm_config(data: object) -> AiTemplateLlmConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                llm_config_type_0 = AiTemplateLlmConfig.from_dict(data)

                return llm_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"llm_config: {type(data).__name__} is not AiTemplateLlmConfig | None | Unset ({problem!r})"
            )

        llm_config = _parse_llm_config(d.pop("llm_config", UNSET))

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_enable_validation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_validation = _parse_enable_validation(d.pop("enable_validation", UNSET))

        def _parse_validation_llm_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        validation_llm_uuid = _parse_validation_llm_uuid(
            d.pop("validation_llm_uuid", UNSET)
        )

        def _parse_validation_llm_config(
            data: object,
        ) -> AiTemplateValidationLlmConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                validation_llm_config_type_0 = AiTemplateValidationLlmConfig.from_dict(
                    data
                )

                return validation_llm_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"validation_llm_config: {type(data).__name__} is not AiTemplateValidationLlmConfig | None | Unset ({problem!r})"
            )

        validation_llm_config = _parse_validation_llm_config(
            d.pop("validation_llm_config", UNSET)
        )

        def _parse_validation_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        validation_prompt = _parse_validation_prompt(d.pop("validation_prompt", UNSET))

        def _parse_enable_fallback(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_fallback = _parse_enable_fallback(d.pop("enable_fallback", UNSET))

        def _parse_settings(data: object) -> AiTemplateSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = AiTemplateSettings.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"settings: {type(data).__name__} is not AiTemplateSettings | None | Unset ({problem!r})"
            )

        settings = _parse_settings(d.pop("settings", UNSET))

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

        def _parse_is_public(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        is_public = _parse_is_public(d.pop("is_public", UNSET))

        ai_template = cls(
            uuid=uuid,
            team_id=team_id,
            template_category_uuid=template_category_uuid,
            name=name,
            subject=subject,
            body=body,
            attachments=attachments,
            type_=type_,
            llm_uuid=llm_uuid,
            llm_config=llm_config,
            prompt=prompt,
            enable_validation=enable_validation,
            validation_llm_uuid=validation_llm_uuid,
            validation_llm_config=validation_llm_config,
            validation_prompt=validation_prompt,
            enable_fallback=enable_fallback,
            settings=settings,
            created_at=created_at,
            updated_at=updated_at,
            is_public=is_public,
        )

        ai_template.additional_properties = d
        return ai_template

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
