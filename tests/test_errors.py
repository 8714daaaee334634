"""Error decoding: every status gets its class whatever the body looks like."""

from __future__ import annotations

import json

import httpx
import pytest

from getsales_extras import errors
from getsales_extras.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    GetSalesError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    ValidationError,
    error_from_response,
)
from tests.test_transport_fakes import RecordingTransport, envelope, wrapped_client

EXPECTED_CLASS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    418: APIStatusError,
    422: ValidationError,
    429: RateLimitError,
    433: APIStatusError,
    500: ServerError,
    502: ServerError,
    503: ServerError,
}

HTML_PAGE = (
    b"<html><head><title>502 Bad Gateway</title></head>"
    b"<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"
)

# name -> (body bytes, content type)
BODY_SHAPES: dict[str, tuple[bytes, str]] = {
    "envelope": (
        json.dumps(envelope(0, "some_reason", "Something specific went wrong")).encode(),
        "application/json",
    ),
    "html": (HTML_PAGE, "text/html"),
    "empty": (b"", "application/json"),
    "truncated": (b'{"error": {"reason": "validation_error", "mess', "application/json"),
    "plain_json": (b'{"message": "Too Many Attempts."}', "application/json"),
}


def _response(status: int, shape: str) -> httpx.Response:
    body, content_type = BODY_SHAPES[shape]
    request = httpx.Request("POST", "https://amazing.getsales.io/leads/api/leads/search?q=1")
    return httpx.Response(
        status, content=body, headers={"Content-Type": content_type}, request=request
    )


@pytest.mark.parametrize("shape", sorted(BODY_SHAPES))
@pytest.mark.parametrize("status", sorted(EXPECTED_CLASS))
def test_each_status_and_body_shape_gives_its_class(status: int, shape: str) -> None:
    error = error_from_response(
        _response(status, shape), method="POST", url="https://amazing.getsales.io/x?q=1"
    )
    assert type(error) is EXPECTED_CLASS[status]
    assert isinstance(error, GetSalesError)
    assert error.status_code == status
    assert error.response.status_code == status
    assert error.method == "POST"
    text = str(error)
    assert str(status) in text and "POST /x" in text
    assert "q=1" not in text  # query strings may hold personal data
    if shape == "envelope":
        assert error.reason == "some_reason"
        assert error.message == "Something specific went wrong"
        assert error.data == {}
    elif shape == "html":
        assert error.reason is None
        assert "502 Bad Gateway" in error.message and "<" not in error.message
    elif shape == "empty":
        assert error.message == "(empty body)"
    elif shape == "truncated":
        assert error.reason is None
        assert "non-JSON body" in error.message and "validation_error" in error.message
    else:
        assert error.message == "Too Many Attempts."


def test_long_non_json_body_is_quoted_briefly() -> None:
    request = httpx.Request("GET", "https://amazing.getsales.io/x")
    response = httpx.Response(500, text="oops " * 1000, request=request)
    error = error_from_response(response)
    assert len(error.message) < 200
    assert error.message.endswith("…'")


def test_validation_error_lists_field_errors_from_a_mapping() -> None:
    body = envelope(
        422,
        "validation_error",
        "The name field is required.",
        {"name": ["The name field is required."], "email": ["Not an e-mail.", "Too long."]},
    )
    request = httpx.Request("POST", "https://amazing.getsales.io/leads/api/lists")
    error = error_from_response(httpx.Response(422, json=body, request=request))
    assert isinstance(error, ValidationError)
    assert error.field_errors == {
        "name": ["The name field is required."],
        "email": ["Not an e-mail.", "Too long."],
    }
    assert "name: The name field is required." in str(error)
    assert "email: Not an e-mail. Too long." in str(error)


def test_validation_error_lists_field_errors_from_a_list() -> None:
    data = [
        {"field": "leads.0.email", "message": "Not an e-mail."},
        {"loc": ["body", "name"], "msg": "Required."},
    ]
    body = envelope(422, "validation_error", "Invalid", {"errors": data})
    error = error_from_response(httpx.Response(422, json=body))
    assert isinstance(error, ValidationError)
    assert error.reason == "validation_error"
    assert error.field_errors == {"leads.0.email": ["Not an e-mail."], "body.name": ["Required."]}
    # Not the envelope, but the same list of field errors: the body is read as other JSON.
    error = error_from_response(httpx.Response(422, json={"errors": data, "message": "Invalid"}))
    assert isinstance(error, ValidationError) and error.message == "Invalid"
    assert error.field_errors == {"leads.0.email": ["Not an e-mail."], "body.name": ["Required."]}
    # The envelope with a list where the spec says its data is an object: nothing is lost.
    error = error_from_response(httpx.Response(422, json=envelope(422, "invalid", "Bad", data)))
    assert isinstance(error, ValidationError)
    assert (error.reason, error.message) == ("invalid", "Bad")
    assert error.field_errors == {"leads.0.email": ["Not an e-mail."], "body.name": ["Required."]}


def test_validation_error_without_field_details_still_reads_well() -> None:
    error = error_from_response(httpx.Response(422, json=envelope(422, "validation_error", "Bad")))
    assert isinstance(error, ValidationError)
    assert error.field_errors == {}
    assert str(error) == "422 Unprocessable Entity (validation_error): Bad"


def test_connection_errors_are_also_httpx_errors() -> None:
    request = httpx.Request("GET", "https://amazing.getsales.io/x")
    timeout = APITimeoutError("timed out", request=request, method="GET", url=str(request.url))
    assert isinstance(timeout, APIConnectionError)
    assert isinstance(timeout, GetSalesError)
    assert isinstance(timeout, httpx.TimeoutException)
    assert isinstance(timeout, httpx.TransportError)
    assert timeout.request is request
    dropped = APIConnectionError("dropped", may_have_been_processed=True)
    assert isinstance(dropped, httpx.TransportError)
    assert not isinstance(dropped, httpx.TimeoutException)
    assert "may_have_been_processed=True" in repr(dropped)


def test_value_errors_are_value_errors() -> None:
    assert issubclass(errors.InvalidPathParameterError, ValueError)
    assert issubclass(errors.ConfigurationError, ValueError)
    assert issubclass(errors.InvalidPathParameterError, GetSalesError)


def test_every_public_error_is_exported_from_the_package() -> None:
    import getsales_extras

    classes = [v for v in vars(errors).values() if isinstance(v, type) and issubclass(v, Exception)]
    assert len(classes) >= 20
    for cls in classes:
        if issubclass(cls, GetSalesError):
            assert getattr(getsales_extras, cls.__name__) is cls


@pytest.mark.anyio
@pytest.mark.parametrize("shape", sorted(BODY_SHAPES))
@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 409, 418, 422, 433, 502])
async def test_generated_calls_raise_the_class_through_the_transport(
    status: int, shape: str
) -> None:
    """End to end: the transport raises the typed error before any generated parser runs."""
    body, content_type = BODY_SHAPES[shape]

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"Content-Type": content_type})

    inner = RecordingTransport(answer)
    async with wrapped_client(inner) as client:
        with pytest.raises(APIStatusError) as caught:
            await client.post("/leads/api/leads/upsert", json={"lead": {}})
    assert type(caught.value) is EXPECTED_CLASS[status]
    assert caught.value.method == "POST"
    assert caught.value.url == "http://api.test/leads/api/leads/upsert"
    assert caught.value.response.content == body
    assert len(inner.sent) == 1  # none of these is retried for a mutating POST


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Authorization: Bearer gs-abc123def456", "Authorization: [redacted]"),
        ('{"authorization": "Basic dXNlcjpwYXNz1"}', '{"authorization": "[redacted]"}'),
        ("sent bearer abcd1234efgh5678 twice", "sent bearer [redacted] twice"),
        ("jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.c2ln here", "jwt [redacted] here"),
        ("key gs-live-0123456789 echoed", "key [redacted] echoed"),
        # prose and ids are left alone
        ("401 Authorization Required", "401 Authorization Required"),
        ("basic validation failed", "basic validation failed"),
        ("list 5b0a3b7e-9a55-4c4e-8f52-0d7c3a1e2f10 not found", None),
    ],
)
def test_redact_removes_credentials_and_nothing_else(text: str, expected: str | None) -> None:
    assert errors.redact(text, ("gs-live-0123456789",)) == (text if expected is None else expected)


def test_deeply_nested_error_bodies_are_decoded_without_recursion_errors() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    assert errors.decode_json(deep) == (None, "JSON nested too deeply")
    request = httpx.Request("GET", "https://amazing.getsales.io/id/api/users/current")
    error = error_from_response(httpx.Response(500, content=deep, request=request))
    assert type(error) is ServerError and error.message.startswith("non-JSON body")


@pytest.mark.parametrize("charset", ["idna", "hex", "rot13", "no-such-charset"])
def test_a_body_in_a_charset_that_is_not_a_text_encoding_is_still_quoted(charset: str) -> None:
    headers = {"Content-Type": f"text/html; charset={charset}"}
    response = httpx.Response(502, content=b"<title>Bad \xff gateway</title>", headers=headers)
    error = error_from_response(response)
    assert type(error) is ServerError
    assert error.message.startswith("non-JSON body") and "gateway" in error.message
