from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_template_type import AiTemplateType
from ..models.create_ai_template_body_is_public import CreateAiTemplateBodyIsPublic
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_ai_template_body_llm_config import (
        CreateAiTemplateBodyLlmConfig,
    )
    from ..models.create_ai_template_body_settings import CreateAiTemplateBodySettings


T = TypeVar("T", bound="CreateAiTemplateBody")


@_attrs_define
class CreateAiTemplateBody:
    """
    Attributes:
        name (str): Template name; required. Example: Cold outreach — CTO.
        type_ (AiTemplateType): What an AI template writes.
        is_public (CreateAiTemplateBodyIsPublic): `1` makes the template visible to the team, `0` keeps it private;
            required. Example: 1.
        subject (None | str | Unset): Subject line, for email templates.
        body (None | str | Unset): Template text; supports variables such as `{{first_name}}`. Example: Hi
            {{first_name}}, ….
        prompt (None | str | Unset): Instructions for the AI personalisation.
        llm_uuid (None | str | Unset): LLM connection used for the AI parts.
        llm_config (CreateAiTemplateBodyLlmConfig | None | Unset): Model settings for the AI parts.
        enable_validation (bool | Unset): Check the generated text before it is used.
        enable_fallback (bool | Unset): Use the fallback message when generation or validation fails.
        settings (CreateAiTemplateBodySettings | Unset): Further template options.
    """

    name: str
    type_: AiTemplateType
    is_public: CreateAiTemplateBodyIsPublic
    subject: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    prompt: None | str | Unset = UNSET
    llm_uuid: None | str | Unset = UNSET
    llm_config: CreateAiTemplateBodyLlmConfig | None | Unset = UNSET
    enable_validation: bool | Unset = UNSET
    enable_fallback: bool | Unset = UNSET
    settings: CreateAiTemplateBodySettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_ai_template_body_llm_config import (
            CreateAiTemplateBodyLlmConfig,
        )

        name = self.name

        type_ = self.type_.value

        is_public = self.is_public.value

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

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        llm_uuid: None | str | Unset
        if isinstance(self.llm_uuid, Unset):
            llm_uuid = UNSET
        else:
            llm_uuid = self.llm_uuid

        llm_config: dict[str, Any] | None | Unset
        if isinstance(self.llm_config, Unset):
            llm_config = UNSET
        elif isinstance(self.llm_config, CreateAiTemplateBodyLlmConfig):
            llm_config = self.llm_config.to_dict()
        else:
            llm_config = self.llm_config

        enable_validation = self.enable_validation

        enable_fallback = self.enable_fallback

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "is_public": is_public,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if llm_uuid is not UNSET:
            field_dict["llm_uuid"] = llm_uuid
        if llm_config is not UNSET:
            field_dict["llm_config"] = llm_config
        if enable_validation is not UNSET:
            field_dict["enable_validation"] = enable_validation
        if enable_fallback is not UNSET:
            field_dict["enable_fallback"] = enable_fallback
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_ai_template_body_llm_config import (
            CreateAiTemplateBodyLlmConfig,
        )
        from ..models.create_ai_template_body_settings import (
            CreateAiTemplateBodySettings,
        )

        d = dict(src_dict)
        name = d.pop("name")

        type_ = AiTemplateType(d.pop("type"))

        is_public = CreateAiTemplateBodyIsPublic(d.pop("is_public"))

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

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_llm_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        llm_uuid = _parse_llm_uuid(d.pop("llm_uuid", UNSET))

        def _parse_llm_config(
            data: object,
        ) -> CreateAiTemplateBodyLlmConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                llm_config_type_0 = CreateAiTemplateBodyLlmConfig.from_dict(data)

                return llm_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"llm_config: {type(data).__name__} is not CreateAiTemplateBodyLlmConfig | None | Unset ({problem!r})"
            )

        llm_config = _parse_llm_config(d.pop("llm_config", UNSET))

        enable_validation = d.pop("enable_validation", UNSET)

        enable_fallback = d.pop("enable_fallback", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: CreateAiTemplateBodySettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = CreateAiTemplateBodySettings.from_dict(_settings)

        create_ai_template_body = cls(
            name=name,
            type_=type_,
            is_public=is_public,
            subject=subject,
            body=body,
            prompt=prompt,
            llm_uuid=llm_uuid,
            llm_config=llm_config,
            enable_validation=enable_validation,
            enable_fallback=enable_fallback,
            settings=settings,
        )

        create_ai_template_body.additional_properties = d
        return create_ai_template_body

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
