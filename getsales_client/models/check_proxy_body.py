from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.proxy_config import ProxyConfig


T = TypeVar("T", bound="CheckProxyBody")


@_attrs_define
class CheckProxyBody:
    """The proxy to test. Field names are inferred.

    Attributes:
        custom_proxy_config (ProxyConfig | Unset): Connection details of your own proxy. Field names are inferred.
    """

    custom_proxy_config: ProxyConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_proxy_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_proxy_config, Unset):
            custom_proxy_config = self.custom_proxy_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_proxy_config is not UNSET:
            field_dict["custom_proxy_config"] = custom_proxy_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.proxy_config import ProxyConfig

        d = dict(src_dict)
        _custom_proxy_config = d.pop("custom_proxy_config", UNSET)
        custom_proxy_config: ProxyConfig | Unset
        if isinstance(_custom_proxy_config, Unset):
            custom_proxy_config = UNSET
        else:
            custom_proxy_config = ProxyConfig.from_dict(_custom_proxy_config)

        check_proxy_body = cls(
            custom_proxy_config=custom_proxy_config,
        )

        check_proxy_body.additional_properties = d
        return check_proxy_body

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
