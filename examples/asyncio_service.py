"""An asyncio service answering many requests at once through one shared client.

The shape of most integrations: a web handler or a queue consumer receives events, here
"who is this e-mail address?", and answers each one by calling GetSales. The pattern:

* create **one** client when the service starts and close it when it stops. Its limiter
  paces every handler together to the key's budget, however many run at once, and its
  connection pool is reused;
* let each incoming request be its own coroutine (a web framework does this for you);
  requests beyond the budget wait in the limiter's queue, in arrival order, instead of
  failing with 429;
* give each request its own deadline, since a request may queue behind others;
* handle the typed errors per request: one failure is that caller's answer, the other
  requests carry on.

Run it against the emulator (in a second terminal: ``python -m getsales_extras.testing
--seed-leads 100``, which prints the two variables to set)::

    GETSALES_BASE_URL=http://127.0.0.1:PORT GETSALES_API_KEY=test-key \\
        python examples/asyncio_service.py lead1.2@seed.example nobody@example.com

or against your account with just ``GETSALES_API_KEY`` set. It only reads.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from getsales_client.api.leads_contacts import lookup_one_lead
from getsales_client.models import Lead, LeadAggregation, LookupOneLeadBody
from getsales_extras import APIStatusError, ConfigurationError, GetSalesError, create_client
from getsales_extras.client import DEFAULT_RATE_LIMIT
from getsales_extras.ratelimit import RateLimit

#: How long one incoming request may take, waiting for the limiter included.
REQUEST_DEADLINE = 30.0


@attrs.frozen
class Answer:
    """What the service answers for one e-mail address."""

    email: str
    found: bool = False
    uuid: str | None = None
    name: str | None = None
    company: str | None = None
    error: str | None = None


class ContactDirectory:
    """The service: answers "who is this?" for e-mail addresses, many at a time.

    Use as ``async with ContactDirectory(...) as directory:``; the client lives as long as
    the service.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
        deadline: float = REQUEST_DEADLINE,
    ) -> None:
        self.client = create_client(api_key, base_url=base_url, rate_limit=rate_limit)
        self.deadline = deadline
        self.handled = 0

    async def __aenter__(self) -> ContactDirectory:
        await self.client.__aenter__()
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.client.__aexit__(*exc_info)

    async def who_is(self, email: str) -> Answer:
        """Handle one incoming request; never raises for an API failure."""
        try:
            found = await asyncio.wait_for(self._lookup(email), timeout=self.deadline)
        except TimeoutError:
            return Answer(email, error=f"no answer within {self.deadline:g} s")
        except APIStatusError as exc:
            # 4xx/5xx after the SDK's retries: report it to this caller only.
            return Answer(email, error=f"{type(exc).__name__} ({exc.status_code})")
        except GetSalesError as exc:
            return Answer(email, error=type(exc).__name__)
        finally:
            self.handled += 1
        if found is None:
            return Answer(email)
        return Answer(
            email,
            found=True,
            uuid=_text(found.uuid),
            name=_text(found.name),
            company=_text(found.company_name),
        )

    async def _lookup(self, email: str) -> Lead | LeadAggregation | None:
        result = await lookup_one_lead.asyncio(
            client=self.client, body=LookupOneLeadBody(email=email, disable_aggregation=True)
        )
        # None: nobody has this address. A wrapped contact ({lead: {...}}) is read flat.
        return result


def _text(value: object) -> str | None:
    return str(value) if value else None


async def serve(
    emails: Iterable[str],
    *,
    base_url: str | None = None,
    api_key: str | None = None,
    rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
) -> list[Answer]:
    """Handle every request concurrently, as a web server would; answers in request order."""
    async with ContactDirectory(
        base_url=base_url, api_key=api_key, rate_limit=rate_limit
    ) as directory:
        return list(await asyncio.gather(*(directory.who_is(email) for email in emails)))


def main(
    base_url: str | None = None,
    api_key: str | None = None,
    emails: Sequence[str] = (),
    *,
    rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
) -> int:
    """Answer ``emails`` and print one line each; 0 when every request got an answer."""
    began = time.monotonic()
    try:
        answers = asyncio.run(
            serve(emails, base_url=base_url, api_key=api_key, rate_limit=rate_limit)
        )
    except ConfigurationError as exc:
        print(f"asyncio_service: {exc}", file=sys.stderr)
        return 2
    for answer in answers:
        if answer.error:
            print(f"{answer.email}: error: {answer.error}")
        elif answer.found:
            print(f"{answer.email}: {answer.name} ({answer.company}) {answer.uuid}")
        else:
            print(f"{answer.email}: unknown")
    elapsed = time.monotonic() - began
    known = sum(answer.found for answer in answers)
    print(f"{len(answers)} requests handled concurrently in {elapsed:.2f} s; {known} known.")
    return 1 if any(answer.error for answer in answers) else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Look up contacts by e-mail, concurrently.")
    parser.add_argument("emails", nargs="+", metavar="EMAIL")
    arguments = parser.parse_args()
    sys.exit(main(emails=arguments.emails))
