from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_import import FileImport
from ...models.import_companies_from_file_body import ImportCompaniesFromFileBody
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    path_segment,
    status_code_of,
)


def _get_kwargs(
    uuid: str,
    *,
    body: ImportCompaniesFromFileBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/file-imports/{uuid}/import-companies".format(
            uuid=path_segment(uuid, "uuid", "importCompaniesFromFile"),
        ),
        "extensions": {OPERATION_EXTENSION: "import_companies_from_file"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> FileImport:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = FileImport.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented FileImport ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[FileImport]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportCompaniesFromFileBody,
) -> Response[FileImport]:
    """Import companies from uploaded file

     Starts importing companies from a CSV uploaded earlier. The upload must be of
    type `csv_accounts`, and at least `linkedin_id` or `name` must be mapped to a
    column.

    `columns` works as for the contact import: either an object of field name to
    0-based column number (1.0.0 documentation) or an ordered array of
    `{source, target}` pairs (another description); both are accepted.

    The rows are handled in the background, 1,000 per batch. **422** on
    validation failure.

    `POST /leads/api/file-imports/{uuid}/import-companies` (importCompaniesFromFile).
    Args:
        uuid (str): UUID of the uploaded file.
        body (ImportCompaniesFromFileBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[FileImport]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportCompaniesFromFileBody,
) -> FileImport:
    """Import companies from uploaded file

     Starts importing companies from a CSV uploaded earlier. The upload must be of
    type `csv_accounts`, and at least `linkedin_id` or `name` must be mapped to a
    column.

    `columns` works as for the contact import: either an object of field name to
    0-based column number (1.0.0 documentation) or an ordered array of
    `{source, target}` pairs (another description); both are accepted.

    The rows are handled in the background, 1,000 per batch. **422** on
    validation failure.

    `POST /leads/api/file-imports/{uuid}/import-companies` (importCompaniesFromFile).
    Args:
        uuid (str): UUID of the uploaded file.
        body (ImportCompaniesFromFileBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        FileImport
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportCompaniesFromFileBody,
) -> Response[FileImport]:
    """Import companies from uploaded file

     Starts importing companies from a CSV uploaded earlier. The upload must be of
    type `csv_accounts`, and at least `linkedin_id` or `name` must be mapped to a
    column.

    `columns` works as for the contact import: either an object of field name to
    0-based column number (1.0.0 documentation) or an ordered array of
    `{source, target}` pairs (another description); both are accepted.

    The rows are handled in the background, 1,000 per batch. **422** on
    validation failure.

    `POST /leads/api/file-imports/{uuid}/import-companies` (importCompaniesFromFile).
    Args:
        uuid (str): UUID of the uploaded file.
        body (ImportCompaniesFromFileBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[FileImport]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportCompaniesFromFileBody,
) -> FileImport:
    """Import companies from uploaded file

     Starts importing companies from a CSV uploaded earlier. The upload must be of
    type `csv_accounts`, and at least `linkedin_id` or `name` must be mapped to a
    column.

    `columns` works as for the contact import: either an object of field name to
    0-based column number (1.0.0 documentation) or an ordered array of
    `{source, target}` pairs (another description); both are accepted.

    The rows are handled in the background, 1,000 per batch. **422** on
    validation failure.

    `POST /leads/api/file-imports/{uuid}/import-companies` (importCompaniesFromFile).
    Args:
        uuid (str): UUID of the uploaded file.
        body (ImportCompaniesFromFileBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        FileImport
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
