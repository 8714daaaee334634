from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company import Company
    from ..models.flow import Flow
    from ..models.lead import Lead
    from ..models.sender_profile import SenderProfile
    from ..models.webhook_contact_markers import WebhookContactMarkers
    from ..models.webhook_conversation_thread import WebhookConversationThread
    from ..models.webhook_email import WebhookEmail
    from ..models.webhook_linked_in_connection import WebhookLinkedInConnection
    from ..models.webhook_linked_in_connection_request import (
        WebhookLinkedInConnectionRequest,
    )
    from ..models.webhook_linked_in_message import WebhookLinkedInMessage


T = TypeVar("T", bound="WebhookDelivery")


@_attrs_define
class WebhookDelivery:
    """The JSON object GetSales sends to a webhook's `target_url` when its event happens. The object does not
    name its event: a subscription is made per event, so the receiver knows the event from the URL it gave
    (some documentation shows an `event_name` key as well). Which parts are present depends on the event:
    contact events carry `contact` and usually `account` and `contact_markers`; message events add
    `sender_profile`, `automation` and the message (`linkedin_message` or `email`) with the latest
    conversation thread. Timestamps in deliveries are written `2024-01-01 00:00:00` (date and time without
    a zone) rather than ISO 8601; both parse. Every key may be missing or null and unknown keys are kept,
    since the vendor documents what it usually sends, not a contract. Some integrations receive the same
    object wrapped as `{"body": {...}}` (see WebhookDeliveryEnvelope).

        Attributes:
            event_name (None | str | Unset): The event that fired, when the delivery names it. Example:
                contact_replied_linkedin_message.
            contact (Lead | None | Unset): The contact the event is about.
            account (Company | None | Unset): The contact's company.
            contact_markers (None | Unset | WebhookContactMarkers): Activity timestamps and counters of the contact.
            sender_profile (None | SenderProfile | Unset): The sender profile involved (sending events and replies to it).
            automation (Flow | None | Unset): The automation (flow) involved, when the event comes from one.
            linkedin_message (None | Unset | WebhookLinkedInMessage): The LinkedIn message, InMail or connection note of a
                LinkedIn message event.
            email (None | Unset | WebhookEmail): The e-mail of an e-mail event.
            linkedin_connection (None | Unset | WebhookLinkedInConnection): The new connection, on
                `contact_accepted_linkedin_connection_request`.
            linkedin_connection_request (None | Unset | WebhookLinkedInConnectionRequest): The request sent, on
                `sender_profile_sent_linkedin_connection_request`.
            latest_linkedin_conversation_thread (None | Unset | WebhookConversationThread): The latest LinkedIn conversation
                with the contact.
            latest_email_conversation_thread (None | Unset | WebhookConversationThread): The latest e-mail conversation with
                the contact.
    """

    event_name: None | str | Unset = UNSET
    contact: Lead | None | Unset = UNSET
    account: Company | None | Unset = UNSET
    contact_markers: None | Unset | WebhookContactMarkers = UNSET
    sender_profile: None | SenderProfile | Unset = UNSET
    automation: Flow | None | Unset = UNSET
    linkedin_message: None | Unset | WebhookLinkedInMessage = UNSET
    email: None | Unset | WebhookEmail = UNSET
    linkedin_connection: None | Unset | WebhookLinkedInConnection = UNSET
    linkedin_connection_request: None | Unset | WebhookLinkedInConnectionRequest = UNSET
    latest_linkedin_conversation_thread: None | Unset | WebhookConversationThread = (
        UNSET
    )
    latest_email_conversation_thread: None | Unset | WebhookConversationThread = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.company import Company
        from ..models.flow import Flow
        from ..models.lead import Lead
        from ..models.sender_profile import SenderProfile
        from ..models.webhook_contact_markers import WebhookContactMarkers
        from ..models.webhook_conversation_thread import WebhookConversationThread
        from ..models.webhook_email import WebhookEmail
        from ..models.webhook_linked_in_connection import WebhookLinkedInConnection
        from ..models.webhook_linked_in_connection_request import (
            WebhookLinkedInConnectionRequest,
        )
        from ..models.webhook_linked_in_message import WebhookLinkedInMessage

        event_name: None | str | Unset
        if isinstance(self.event_name, Unset):
            event_name = UNSET
        else:
            event_name = self.event_name

        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, Lead):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        account: dict[str, Any] | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        elif isinstance(self.account, Company):
            account = self.account.to_dict()
        else:
            account = self.account

        contact_markers: dict[str, Any] | None | Unset
        if isinstance(self.contact_markers, Unset):
            contact_markers = UNSET
        elif isinstance(self.contact_markers, WebhookContactMarkers):
            contact_markers = self.contact_markers.to_dict()
        else:
            contact_markers = self.contact_markers

        sender_profile: dict[str, Any] | None | Unset
        if isinstance(self.sender_profile, Unset):
            sender_profile = UNSET
        elif isinstance(self.sender_profile, SenderProfile):
            sender_profile = self.sender_profile.to_dict()
        else:
            sender_profile = self.sender_profile

        automation: dict[str, Any] | None | Unset
        if isinstance(self.automation, Unset):
            automation = UNSET
        elif isinstance(self.automation, Flow):
            automation = self.automation.to_dict()
        else:
            automation = self.automation

        linkedin_message: dict[str, Any] | None | Unset
        if isinstance(self.linkedin_message, Unset):
            linkedin_message = UNSET
        elif isinstance(self.linkedin_message, WebhookLinkedInMessage):
            linkedin_message = self.linkedin_message.to_dict()
        else:
            linkedin_message = self.linkedin_message

        email: dict[str, Any] | None | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        elif isinstance(self.email, WebhookEmail):
            email = self.email.to_dict()
        else:
            email = self.email

        linkedin_connection: dict[str, Any] | None | Unset
        if isinstance(self.linkedin_connection, Unset):
            linkedin_connection = UNSET
        elif isinstance(self.linkedin_connection, WebhookLinkedInConnection):
            linkedin_connection = self.linkedin_connection.to_dict()
        else:
            linkedin_connection = self.linkedin_connection

        linkedin_connection_request: dict[str, Any] | None | Unset
        if isinstance(self.linkedin_connection_request, Unset):
            linkedin_connection_request = UNSET
        elif isinstance(
            self.linkedin_connection_request, WebhookLinkedInConnectionRequest
        ):
            linkedin_connection_request = self.linkedin_connection_request.to_dict()
        else:
            linkedin_connection_request = self.linkedin_connection_request

        latest_linkedin_conversation_thread: dict[str, Any] | None | Unset
        if isinstance(self.latest_linkedin_conversation_thread, Unset):
            latest_linkedin_conversation_thread = UNSET
        elif isinstance(
            self.latest_linkedin_conversation_thread, WebhookConversationThread
        ):
            latest_linkedin_conversation_thread = (
                self.latest_linkedin_conversation_thread.to_dict()
            )
        else:
            latest_linkedin_conversation_thread = (
                self.latest_linkedin_conversation_thread
            )

        latest_email_conversation_thread: dict[str, Any] | None | Unset
        if isinstance(self.latest_email_conversation_thread, Unset):
            latest_email_conversation_thread = UNSET
        elif isinstance(
            self.latest_email_conversation_thread, WebhookConversationThread
        ):
            latest_email_conversation_thread = (
                self.latest_email_conversation_thread.to_dict()
            )
        else:
            latest_email_conversation_thread = self.latest_email_conversation_thread

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if contact is not UNSET:
            field_dict["contact"] = contact
        if account is not UNSET:
            field_dict["account"] = account
        if contact_markers is not UNSET:
            field_dict["contact_markers"] = contact_markers
        if sender_profile is not UNSET:
            field_dict["sender_profile"] = sender_profile
        if automation is not UNSET:
            field_dict["automation"] = automation
        if linkedin_message is not UNSET:
            field_dict["linkedin_message"] = linkedin_message
        if email is not UNSET:
            field_dict["email"] = email
        if linkedin_connection is not UNSET:
            field_dict["linkedin_connection"] = linkedin_connection
        if linkedin_connection_request is not UNSET:
            field_dict["linkedin_connection_request"] = linkedin_connection_request
        if latest_linkedin_conversation_thread is not UNSET:
            field_dict["latest_linkedin_conversation_thread"] = (
                latest_linkedin_conversation_thread
            )
        if latest_email_conversation_thread is not UNSET:
            field_dict["latest_email_conversation_thread"] = (
                latest_email_conversation_thread
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.company import Company
        from ..models.flow import Flow
        from ..models.lead import Lead
        from ..models.sender_profile import SenderProfile
        from ..models.webhook_contact_markers import WebhookContactMarkers
        from ..models.webhook_conversation_thread import WebhookConversationThread
        from ..models.webhook_email import WebhookEmail
        from ..models.webhook_linked_in_connection import WebhookLinkedInConnection
        from ..models.webhook_linked_in_connection_request import (
            WebhookLinkedInConnectionRequest,
        )
        from ..models.webhook_linked_in_message import WebhookLinkedInMessage

        d = dict(src_dict)

        def _parse_event_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_name = _parse_event_name(d.pop("event_name", UNSET))

        def _parse_contact(data: object) -> Lead | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_0 = Lead.from_dict(data)

                return contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"contact: {type(data).__name__} is not Lead | None | Unset ({problem!r})"
            )

        contact = _parse_contact(d.pop("contact", UNSET))

        def _parse_account(data: object) -> Company | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_type_0 = Company.from_dict(data)

                return account_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"account: {type(data).__name__} is not Company | None | Unset ({problem!r})"
            )

        account = _parse_account(d.pop("account", UNSET))

        def _parse_contact_markers(
            data: object,
        ) -> None | Unset | WebhookContactMarkers:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_markers_type_0 = WebhookContactMarkers.from_dict(data)

                return contact_markers_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"contact_markers: {type(data).__name__} is not None | Unset | WebhookContactMarkers ({problem!r})"
            )

        contact_markers = _parse_contact_markers(d.pop("contact_markers", UNSET))

        def _parse_sender_profile(data: object) -> None | SenderProfile | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sender_profile_type_0 = SenderProfile.from_dict(data)

                return sender_profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"sender_profile: {type(data).__name__} is not None | SenderProfile | Unset ({problem!r})"
            )

        sender_profile = _parse_sender_profile(d.pop("sender_profile", UNSET))

        def _parse_automation(data: object) -> Flow | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                automation_type_0 = Flow.from_dict(data)

                return automation_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"automation: {type(data).__name__} is not Flow | None | Unset ({problem!r})"
            )

        automation = _parse_automation(d.pop("automation", UNSET))

        def _parse_linkedin_message(
            data: object,
        ) -> None | Unset | WebhookLinkedInMessage:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                linkedin_message_type_0 = WebhookLinkedInMessage.from_dict(data)

                return linkedin_message_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"linkedin_message: {type(data).__name__} is not None | Unset | WebhookLinkedInMessage ({problem!r})"
            )

        linkedin_message = _parse_linkedin_message(d.pop("linkedin_message", UNSET))

        def _parse_email(data: object) -> None | Unset | WebhookEmail:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                email_type_0 = WebhookEmail.from_dict(data)

                return email_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"email: {type(data).__name__} is not None | Unset | WebhookEmail ({problem!r})"
            )

        email = _parse_email(d.pop("email", UNSET))

        def _parse_linkedin_connection(
            data: object,
        ) -> None | Unset | WebhookLinkedInConnection:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                linkedin_connection_type_0 = WebhookLinkedInConnection.from_dict(data)

                return linkedin_connection_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"linkedin_connection: {type(data).__name__} is not None | Unset | WebhookLinkedInConnection ({problem!r})"
            )

        linkedin_connection = _parse_linkedin_connection(
            d.pop("linkedin_connection", UNSET)
        )

        def _parse_linkedin_connection_request(
            data: object,
        ) -> None | Unset | WebhookLinkedInConnectionRequest:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                linkedin_connection_request_type_0 = (
                    WebhookLinkedInConnectionRequest.from_dict(data)
                )

                return linkedin_connection_request_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"linkedin_connection_request: {type(data).__name__} is not None | Unset | WebhookLinkedInConnectionRequest ({problem!r})"
            )

        linkedin_connection_request = _parse_linkedin_connection_request(
            d.pop("linkedin_connection_request", UNSET)
        )

        def _parse_latest_linkedin_conversation_thread(
            data: object,
        ) -> None | Unset | WebhookConversationThread:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_linkedin_conversation_thread_type_0 = (
                    WebhookConversationThread.from_dict(data)
                )

                return latest_linkedin_conversation_thread_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"latest_linkedin_conversation_thread: {type(data).__name__} is not None | Unset | WebhookConversationThread ({problem!r})"
            )

        latest_linkedin_conversation_thread = (
            _parse_latest_linkedin_conversation_thread(
                d.pop("latest_linkedin_conversation_thread", UNSET)
            )
        )

        def _parse_latest_email_conversation_thread(
            data: object,
        ) -> None | Unset | WebhookConversationThread:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_email_conversation_thread_type_0 = (
                    WebhookConversationThread.from_dict(data)
                )

                return latest_email_conversation_thread_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"latest_email_conversation_thread: {type(data).__name__} is not None | Unset | WebhookConversationThread ({problem!r})"
            )

        latest_email_conversation_thread = _parse_latest_email_conversation_thread(
            d.pop("latest_email_conversation_thread", UNSET)
        )

        webhook_delivery = cls(
            event_name=event_name,
            contact=contact,
            account=account,
            contact_markers=contact_markers,
            sender_profile=sender_profile,
            automation=automation,
            linkedin_message=linkedin_message,
            email=email,
            linkedin_connection=linkedin_connection,
            linkedin_connection_request=linkedin_connection_request,
            latest_linkedin_conversation_thread=latest_linkedin_conversation_thread,
            latest_email_conversation_thread=latest_email_conversation_thread,
        )

        webhook_delivery.additional_properties = d
        return webhook_delivery

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
