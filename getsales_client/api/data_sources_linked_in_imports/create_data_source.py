from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_data_source_body import CreateDataSourceBody
from ...models.data_source import DataSource
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: CreateDataSourceBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/data-sources",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataSource | ErrorEnvelope | None:
    if response.status_code == 201:
        response_201 = DataSource.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorEnvelope.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DataSource | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataSourceBody,
) -> Response[DataSource | ErrorEnvelope]:
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

    Args:
        body (CreateDataSourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataSource | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataSourceBody,
) -> DataSource | ErrorEnvelope | None:
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

    Args:
        body (CreateDataSourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataSource | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataSourceBody,
) -> Response[DataSource | ErrorEnvelope]:
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

    Args:
        body (CreateDataSourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataSource | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataSourceBody,
) -> DataSource | ErrorEnvelope | None:
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

    Args:
        body (CreateDataSourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataSource | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
