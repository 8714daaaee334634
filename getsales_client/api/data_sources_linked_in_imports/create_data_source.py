from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_data_source_body import CreateDataSourceBody
from ...models.data_source import DataSource
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: CreateDataSourceBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/data-sources",
        "extensions": {OPERATION_EXTENSION: "create_data_source"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> DataSource:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_201 = DataSource.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented DataSource ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_201


def _build_response(response: httpx.Response) -> Response[DataSource]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataSourceBody,
) -> Response[DataSource]:
    """Create import

     Starts a LinkedIn import: a background scraper that reads people or companies
    from a LinkedIn URL and stores them in one of your lists.

    | `type` | What is imported |
    |---|---|
    | `sn_leads_search` | People from a Sales Navigator search |
    | `sn_leads_saved_search` | People from a saved Sales Navigator search |
    | `sn_leads_list` | A Sales Navigator lead list |
    | `sn_accounts_search` | Companies from a Sales Navigator search |
    | `sn_accounts_saved_search` | Companies from a saved Sales Navigator search |
    | `sn_accounts_list` | A Sales Navigator account list |
    | `ln_leads_search` | People from a basic LinkedIn search |
    | `ln_accounts_search` | Companies from a basic LinkedIn search |
    | `ln_my_network` | Your own LinkedIn connections |
    | `ln_my_messenger` | People from your LinkedIn messenger |
    | `post_engagement` | People who liked or commented on a LinkedIn post |
    | `recruiter_leads_search` | Results of a LinkedIn Recruiter search |

    **Required:** `list_uuid` (where the records go), `type`, and a `payload`
    whose `url` points at the LinkedIn page to read. **Optional:** `sender_profile_uuid`
    (the LinkedIn account that runs the job), `tags` (applied to every imported
    contact) and `repeat_after_minutes` (run the job again periodically).

    Another description requires only `type` and `list_uuid`, treats `payload`
    as optional, and also lists `csv_leads` as a type (CSV files are brought in
    through the file-import endpoints). Answers **201** with the new import.

    `POST /leads/api/data-sources` (createDataSource).
    Args:
        body (CreateDataSourceBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[DataSource]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataSourceBody,
) -> DataSource:
    """Create import

     Starts a LinkedIn import: a background scraper that reads people or companies
    from a LinkedIn URL and stores them in one of your lists.

    | `type` | What is imported |
    |---|---|
    | `sn_leads_search` | People from a Sales Navigator search |
    | `sn_leads_saved_search` | People from a saved Sales Navigator search |
    | `sn_leads_list` | A Sales Navigator lead list |
    | `sn_accounts_search` | Companies from a Sales Navigator search |
    | `sn_accounts_saved_search` | Companies from a saved Sales Navigator search |
    | `sn_accounts_list` | A Sales Navigator account list |
    | `ln_leads_search` | People from a basic LinkedIn search |
    | `ln_accounts_search` | Companies from a basic LinkedIn search |
    | `ln_my_network` | Your own LinkedIn connections |
    | `ln_my_messenger` | People from your LinkedIn messenger |
    | `post_engagement` | People who liked or commented on a LinkedIn post |
    | `recruiter_leads_search` | Results of a LinkedIn Recruiter search |

    **Required:** `list_uuid` (where the records go), `type`, and a `payload`
    whose `url` points at the LinkedIn page to read. **Optional:** `sender_profile_uuid`
    (the LinkedIn account that runs the job), `tags` (applied to every imported
    contact) and `repeat_after_minutes` (run the job again periodically).

    Another description requires only `type` and `list_uuid`, treats `payload`
    as optional, and also lists `csv_leads` as a type (CSV files are brought in
    through the file-import endpoints). Answers **201** with the new import.

    `POST /leads/api/data-sources` (createDataSource).
    Args:
        body (CreateDataSourceBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        DataSource
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataSourceBody,
) -> Response[DataSource]:
    """Create import

     Starts a LinkedIn import: a background scraper that reads people or companies
    from a LinkedIn URL and stores them in one of your lists.

    | `type` | What is imported |
    |---|---|
    | `sn_leads_search` | People from a Sales Navigator search |
    | `sn_leads_saved_search` | People from a saved Sales Navigator search |
    | `sn_leads_list` | A Sales Navigator lead list |
    | `sn_accounts_search` | Companies from a Sales Navigator search |
    | `sn_accounts_saved_search` | Companies from a saved Sales Navigator search |
    | `sn_accounts_list` | A Sales Navigator account list |
    | `ln_leads_search` | People from a basic LinkedIn search |
    | `ln_accounts_search` | Companies from a basic LinkedIn search |
    | `ln_my_network` | Your own LinkedIn connections |
    | `ln_my_messenger` | People from your LinkedIn messenger |
    | `post_engagement` | People who liked or commented on a LinkedIn post |
    | `recruiter_leads_search` | Results of a LinkedIn Recruiter search |

    **Required:** `list_uuid` (where the records go), `type`, and a `payload`
    whose `url` points at the LinkedIn page to read. **Optional:** `sender_profile_uuid`
    (the LinkedIn account that runs the job), `tags` (applied to every imported
    contact) and `repeat_after_minutes` (run the job again periodically).

    Another description requires only `type` and `list_uuid`, treats `payload`
    as optional, and also lists `csv_leads` as a type (CSV files are brought in
    through the file-import endpoints). Answers **201** with the new import.

    `POST /leads/api/data-sources` (createDataSource).
    Args:
        body (CreateDataSourceBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[DataSource]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataSourceBody,
) -> DataSource:
    """Create import

     Starts a LinkedIn import: a background scraper that reads people or companies
    from a LinkedIn URL and stores them in one of your lists.

    | `type` | What is imported |
    |---|---|
    | `sn_leads_search` | People from a Sales Navigator search |
    | `sn_leads_saved_search` | People from a saved Sales Navigator search |
    | `sn_leads_list` | A Sales Navigator lead list |
    | `sn_accounts_search` | Companies from a Sales Navigator search |
    | `sn_accounts_saved_search` | Companies from a saved Sales Navigator search |
    | `sn_accounts_list` | A Sales Navigator account list |
    | `ln_leads_search` | People from a basic LinkedIn search |
    | `ln_accounts_search` | Companies from a basic LinkedIn search |
    | `ln_my_network` | Your own LinkedIn connections |
    | `ln_my_messenger` | People from your LinkedIn messenger |
    | `post_engagement` | People who liked or commented on a LinkedIn post |
    | `recruiter_leads_search` | Results of a LinkedIn Recruiter search |

    **Required:** `list_uuid` (where the records go), `type`, and a `payload`
    whose `url` points at the LinkedIn page to read. **Optional:** `sender_profile_uuid`
    (the LinkedIn account that runs the job), `tags` (applied to every imported
    contact) and `repeat_after_minutes` (run the job again periodically).

    Another description requires only `type` and `list_uuid`, treats `payload`
    as optional, and also lists `csv_leads` as a type (CSV files are brought in
    through the file-import endpoints). Answers **201** with the new import.

    `POST /leads/api/data-sources` (createDataSource).
    Args:
        body (CreateDataSourceBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        DataSource
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
