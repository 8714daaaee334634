from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.llm_config_options_additional_property_models_item import (
        LlmConfigOptionsAdditionalPropertyModelsItem,
    )


T = TypeVar("T", bound="LlmConfigOptionsAdditionalProperty")


@_attrs_define
class LlmConfigOptionsAdditionalProperty:
    """
    Attributes:
        models (list[LlmConfigOptionsAdditionalPropertyModelsItem] | None | Unset): Supported models.
    """

    models: list[LlmConfigOptionsAdditionalPropertyModelsItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        models: list[dict[str, Any]] | None | Unset
        if isinstance(self.models, Unset):
            models = UNSET
        elif isinstance(self.models, list):
            models = []
            for models_type_0_item_data in self.models:
                models_type_0_item = models_type_0_item_data.to_dict()
                models.append(models_type_0_item)

        else:
            models = self.models

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if models is not UNSET:
            field_dict["models"] = models

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.llm_config_options_additional_property_models_item import (
            LlmConfigOptionsAdditionalPropertyModelsItem,
        )

        d = dict(src_dict)

        def _parse_models(
            data: object,
        ) -> list[LlmConfigOptionsAdditionalPropertyModelsItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                models_type_0 = []
                _models_type_0 = data
                for models_type_0_item_data in _models_type_0:
                    models_type_0_item = (
                        LlmConfigOptionsAdditionalPropertyModelsItem.from_dict(
                            models_type_0_item_data
                        )
                    )

                    models_type_0.append(models_type_0_item)

                return models_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"models: {type(data).__name__} is not list[LlmConfigOptionsAdditionalPropertyModelsItem] | None | Unset ({problem!r})"
            )

        models = _parse_models(d.pop("models", UNSET))

        llm_config_options_additional_property = cls(
            models=models,
        )

        llm_config_options_additional_property.additional_properties = d
        return llm_config_options_additional_property

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
