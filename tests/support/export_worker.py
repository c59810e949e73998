"""An exporting process for the tests: ``python -m tests.support.export_worker URL REDIS OUT GTE LT``.

It exports ``list_customers`` created in ``[GTE, LT)`` from the double at URL to OUT (JSON Lines), spending from
the rate budget kept in Redis at REDIS, which the other exporting processes share. The key comes from
``STRIPE_API_KEY``.
"""

from __future__ import annotations

import json
import os
import sys

from stripe_connector import RedisRateLimiter, StripeConnector


def main(argv: list[str]) -> int:
    url, redis_url, out, gte, lt = argv
    limiter = RedisRateLimiter(redis_url)
    stripe = StripeConnector(os.environ["STRIPE_API_KEY"], base_url=url, rate_limiter=limiter)
    with stripe, open(out, "w", encoding="utf-8") as stream:
        for item in stripe.export("list_customers", created_gte=int(gte), created_lt=int(lt), concurrency=6):
            stream.write(json.dumps(item) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
