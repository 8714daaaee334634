from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_payload_attachments_item import TaskPayloadAttachmentsItem


T = TypeVar("T", bound="TaskPayload")


@_attrs_define
class TaskPayload:
    """Details; the shape depends on the type.

    Attributes:
        template (None | str | Unset): Message template with variables.
        rendered_text (None | str | Unset): Final message text after variable substitution.
        attachments (list[TaskPayloadAttachmentsItem] | None | Unset): Attachments.
        stop_on_reply_level (None | str | Unset): When to stop the sequence on reply. Example: always.
        last_message_at (datetime.datetime | None | Unset): When the last message of the conversation was sent.
    """

    template: None | str | Unset = UNSET
    rendered_text: None | str | Unset = UNSET
    attachments: list[TaskPayloadAttachmentsItem] | None | Unset = UNSET
    stop_on_reply_level: None | str | Unset = UNSET
    last_message_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template: None | str | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        else:
            template = self.template

        rendered_text: None | str | Unset
        if isinstance(self.rendered_text, Unset):
            rendered_text = UNSET
        else:
            rendered_text = self.rendered_text

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

        stop_on_reply_level: None | str | Unset
        if isinstance(self.stop_on_reply_level, Unset):
            stop_on_reply_level = UNSET
        else:
            stop_on_reply_level = self.stop_on_reply_level

        last_message_at: None | str | Unset
        if isinstance(self.last_message_at, Unset):
            last_message_at = UNSET
        elif isinstance(self.last_message_at, datetime.datetime):
            last_message_at = self.last_message_at.isoformat()
        else:
            last_message_at = self.last_message_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template is not UNSET:
            field_dict["template"] = template
        if rendered_text is not UNSET:
            field_dict["rendered_text"] = rendered_text
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if stop_on_reply_level is not UNSET:
            field_dict["stop_on_reply_level"] = stop_on_reply_level
        if last_message_at is not UNSET:
            field_dict["last_message_at"] = last_message_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_payload_attachments_item import TaskPayloadAttachmentsItem

        d = dict(src_dict)

        def _parse_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template = _parse_template(d.pop("template", UNSET))

        def _parse_rendered_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rendered_text = _parse_rendered_text(d.pop("rendered_text", UNSET))

        def _parse_attachments(
            data: object,
        ) -> list[TaskPayloadAttachmentsItem] | None | Unset:
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
                    attachments_type_0_item = TaskPayloadAttachmentsItem.from_dict(
                        attachments_type_0_item_data
                    )

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"attachments: {type(data).__name__} is not list[TaskPayloadAttachmentsItem] | None | Unset ({problem!r})"
            )

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        def _parse_stop_on_reply_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stop_on_reply_level = _parse_stop_on_reply_level(
            d.pop("stop_on_reply_level", UNSET)
        )

        def _parse_last_message_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_message_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_message_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_message_at = _parse_last_message_at(d.pop("last_message_at", UNSET))

        task_payload = cls(
            template=template,
            rendered_text=rendered_text,
            attachments=attachments,
            stop_on_reply_level=stop_on_reply_level,
            last_message_at=last_message_at,
        )

        task_payload.additional_properties = d
        return task_payload

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
