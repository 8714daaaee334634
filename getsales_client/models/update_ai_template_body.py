from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_ai_template_body_llm_config import (
        UpdateAiTemplateBodyLlmConfig,
    )
    from ..models.update_ai_template_body_settings import UpdateAiTemplateBodySettings


T = TypeVar("T", bound="UpdateAiTemplateBody")


@_attrs_define
class UpdateAiTemplateBody:
    """
    Attributes:
        name (str | Unset): New name. Example: Cold outreach — CTO.
        subject (None | str | Unset): New subject line.
        body (None | str | Unset): New template text. Example: Hi {{first_name}}, ….
        prompt (None | str | Unset): New AI instructions.
        llm_uuid (None | str | Unset): LLM connection to use.
        llm_config (None | Unset | UpdateAiTemplateBodyLlmConfig): New model settings.
        enable_validation (bool | Unset): Turn validation of generated text on or off.
        enable_fallback (bool | Unset): Turn the fallback message on or off.
        settings (UpdateAiTemplateBodySettings | Unset): Further template options.
    """

    name: str | Unset = UNSET
    subject: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    prompt: None | str | Unset = UNSET
    llm_uuid: None | str | Unset = UNSET
    llm_config: None | Unset | UpdateAiTemplateBodyLlmConfig = UNSET
    enable_validation: bool | Unset = UNSET
    enable_fallback: bool | Unset = UNSET
    settings: UpdateAiTemplateBodySettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_ai_template_body_llm_config import (
            UpdateAiTemplateBodyLlmConfig,
        )

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
        elif isinstance(self.llm_config, UpdateAiTemplateBodyLlmConfig):
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
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
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
        from ..models.update_ai_template_body_llm_config import (
            UpdateAiTemplateBodyLlmConfig,
        )
        from ..models.update_ai_template_body_settings import (
            UpdateAiTemplateBodySettings,
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

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
        ) -> None | Unset | UpdateAiTemplateBodyLlmConfig:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                llm_config_type_0 = UpdateAiTemplateBodyLlmConfig.from_dict(data)

                return llm_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"llm_config: {type(data).__name__} is not None | Unset | UpdateAiTemplateBodyLlmConfig ({problem!r})"
            )

        llm_config = _parse_llm_config(d.pop("llm_config", UNSET))

        enable_validation = d.pop("enable_validation", UNSET)

        enable_fallback = d.pop("enable_fallback", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: UpdateAiTemplateBodySettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = UpdateAiTemplateBodySettings.from_dict(_settings)

        update_ai_template_body = cls(
            name=name,
            subject=subject,
            body=body,
            prompt=prompt,
            llm_uuid=llm_uuid,
            llm_config=llm_config,
            enable_validation=enable_validation,
            enable_fallback=enable_fallback,
            settings=settings,
        )

        update_ai_template_body.additional_properties = d
        return update_ai_template_body

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
