from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.render_ai_template_body_llm_config import (
        RenderAiTemplateBodyLlmConfig,
    )
    from ..models.render_ai_template_body_settings import RenderAiTemplateBodySettings


T = TypeVar("T", bound="RenderAiTemplateBody")


@_attrs_define
class RenderAiTemplateBody:
    """
    Attributes:
        lead_uuid (str): Contact whose data fills the variables; required. Example:
            0b3090a6-0285-56c2-9a4c-2e5778d802ba.
        sender_profile_uuid (str): Sender profile whose data fills the variables; required. Example: d616a600-d9a6-52ed-
            bd8e-d441bebb98af.
        uuid (str | Unset): Saved template to render; fields not sent are taken from it.
        type_ (str | Unset): Inline template channel. Example: message.
        subject (str | Unset): Inline subject line.
        body (str | Unset): Inline template text. Example: Hi {{first_name}}, ….
        prompt (str | Unset): Inline AI instructions.
        llm_uuid (str | Unset): LLM connection for the AI parts.
        llm_config (RenderAiTemplateBodyLlmConfig | Unset): Model settings for the AI parts.
        enable_validation (bool | Unset): Validate the generated text.
        enable_fallback (bool | Unset): Apply the fallback message when needed.
        settings (RenderAiTemplateBodySettings | Unset): Further template options.
    """

    lead_uuid: str
    sender_profile_uuid: str
    uuid: str | Unset = UNSET
    type_: str | Unset = UNSET
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    prompt: str | Unset = UNSET
    llm_uuid: str | Unset = UNSET
    llm_config: RenderAiTemplateBodyLlmConfig | Unset = UNSET
    enable_validation: bool | Unset = UNSET
    enable_fallback: bool | Unset = UNSET
    settings: RenderAiTemplateBodySettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lead_uuid = self.lead_uuid

        sender_profile_uuid = self.sender_profile_uuid

        uuid = self.uuid

        type_ = self.type_

        subject = self.subject

        body = self.body

        prompt = self.prompt

        llm_uuid = self.llm_uuid

        llm_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.llm_config, Unset):
            llm_config = self.llm_config.to_dict()

        enable_validation = self.enable_validation

        enable_fallback = self.enable_fallback

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lead_uuid": lead_uuid,
                "sender_profile_uuid": sender_profile_uuid,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        from ..models.render_ai_template_body_llm_config import (
            RenderAiTemplateBodyLlmConfig,
        )
        from ..models.render_ai_template_body_settings import (
            RenderAiTemplateBodySettings,
        )

        d = dict(src_dict)
        lead_uuid = d.pop("lead_uuid")

        sender_profile_uuid = d.pop("sender_profile_uuid")

        uuid = d.pop("uuid", UNSET)

        type_ = d.pop("type", UNSET)

        subject = d.pop("subject", UNSET)

        body = d.pop("body", UNSET)

        prompt = d.pop("prompt", UNSET)

        llm_uuid = d.pop("llm_uuid", UNSET)

        _llm_config = d.pop("llm_config", UNSET)
        llm_config: RenderAiTemplateBodyLlmConfig | Unset
        if isinstance(_llm_config, Unset):
            llm_config = UNSET
        else:
            llm_config = RenderAiTemplateBodyLlmConfig.from_dict(_llm_config)

        enable_validation = d.pop("enable_validation", UNSET)

        enable_fallback = d.pop("enable_fallback", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: RenderAiTemplateBodySettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = RenderAiTemplateBodySettings.from_dict(_settings)

        render_ai_template_body = cls(
            lead_uuid=lead_uuid,
            sender_profile_uuid=sender_profile_uuid,
            uuid=uuid,
            type_=type_,
            subject=subject,
            body=body,
            prompt=prompt,
            llm_uuid=llm_uuid,
            llm_config=llm_config,
            enable_validation=enable_validation,
            enable_fallback=enable_fallback,
            settings=settings,
        )

        render_ai_template_body.additional_properties = d
        return render_ai_template_body

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
