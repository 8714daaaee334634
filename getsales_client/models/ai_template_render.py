from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_template_render_validation_history_item import (
        AiTemplateRenderValidationHistoryItem,
    )


T = TypeVar("T", bound="AiTemplateRender")


@_attrs_define
class AiTemplateRender:
    """Result of rendering an AI template for one contact.

    Attributes:
        llm_instructions (None | str | Unset): Instructions sent to the model.
        rendered_body (None | str | Unset): Body with variables filled in.
        ai_generated_body (None | str | Unset): Text produced by the model.
        fallback_body (None | str | Unset): Fallback text used when generation or validation fails.
        handling_error (None | str | Unset): Error raised while rendering, if any.
        validation_history (list[AiTemplateRenderValidationHistoryItem] | None | Unset): Validation rounds and their
            verdicts.
    """

    llm_instructions: None | str | Unset = UNSET
    rendered_body: None | str | Unset = UNSET
    ai_generated_body: None | str | Unset = UNSET
    fallback_body: None | str | Unset = UNSET
    handling_error: None | str | Unset = UNSET
    validation_history: list[AiTemplateRenderValidationHistoryItem] | None | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        llm_instructions: None | str | Unset
        if isinstance(self.llm_instructions, Unset):
            llm_instructions = UNSET
        else:
            llm_instructions = self.llm_instructions

        rendered_body: None | str | Unset
        if isinstance(self.rendered_body, Unset):
            rendered_body = UNSET
        else:
            rendered_body = self.rendered_body

        ai_generated_body: None | str | Unset
        if isinstance(self.ai_generated_body, Unset):
            ai_generated_body = UNSET
        else:
            ai_generated_body = self.ai_generated_body

        fallback_body: None | str | Unset
        if isinstance(self.fallback_body, Unset):
            fallback_body = UNSET
        else:
            fallback_body = self.fallback_body

        handling_error: None | str | Unset
        if isinstance(self.handling_error, Unset):
            handling_error = UNSET
        else:
            handling_error = self.handling_error

        validation_history: list[dict[str, Any]] | None | Unset
        if isinstance(self.validation_history, Unset):
            validation_history = UNSET
        elif isinstance(self.validation_history, list):
            validation_history = []
            for validation_history_type_0_item_data in self.validation_history:
                validation_history_type_0_item = (
                    validation_history_type_0_item_data.to_dict()
                )
                validation_history.append(validation_history_type_0_item)

        else:
            validation_history = self.validation_history

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if llm_instructions is not UNSET:
            field_dict["llm_instructions"] = llm_instructions
        if rendered_body is not UNSET:
            field_dict["rendered_body"] = rendered_body
        if ai_generated_body is not UNSET:
            field_dict["ai_generated_body"] = ai_generated_body
        if fallback_body is not UNSET:
            field_dict["fallback_body"] = fallback_body
        if handling_error is not UNSET:
            field_dict["handling_error"] = handling_error
        if validation_history is not UNSET:
            field_dict["validation_history"] = validation_history

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_template_render_validation_history_item import (
            AiTemplateRenderValidationHistoryItem,
        )

        d = dict(src_dict)

        def _parse_llm_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        llm_instructions = _parse_llm_instructions(d.pop("llm_instructions", UNSET))

        def _parse_rendered_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rendered_body = _parse_rendered_body(d.pop("rendered_body", UNSET))

        def _parse_ai_generated_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ai_generated_body = _parse_ai_generated_body(d.pop("ai_generated_body", UNSET))

        def _parse_fallback_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fallback_body = _parse_fallback_body(d.pop("fallback_body", UNSET))

        def _parse_handling_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        handling_error = _parse_handling_error(d.pop("handling_error", UNSET))

        def _parse_validation_history(
            data: object,
        ) -> list[AiTemplateRenderValidationHistoryItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                validation_history_type_0 = []
                _validation_history_type_0 = data
                for validation_history_type_0_item_data in _validation_history_type_0:
                    validation_history_type_0_item = (
                        AiTemplateRenderValidationHistoryItem.from_dict(
                            validation_history_type_0_item_data
                        )
                    )

                    validation_history_type_0.append(validation_history_type_0_item)

                return validation_history_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"validation_history: {type(data).__name__} is not list[AiTemplateRenderValidationHistoryItem] | None | Unset ({problem!r})"
            )

        validation_history = _parse_validation_history(
            d.pop("validation_history", UNSET)
        )

        ai_template_render = cls(
            llm_instructions=llm_instructions,
            rendered_body=rendered_body,
            ai_generated_body=ai_generated_body,
            fallback_body=fallback_body,
            handling_error=handling_error,
            validation_history=validation_history,
        )

        ai_template_render.additional_properties = d
        return ai_template_render

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
