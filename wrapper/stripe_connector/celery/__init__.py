"""Workflow-engine integrations, each an optional extra imported only when used.

* :mod:`stripe_connector.celery.tools` (``pip install 'stripe-connector[celery]'``): a task per tool call
  whose idempotency scope is the task id, retrying what is retryable with the same key;
* :mod:`stripe_connector.temporal.activities` (``pip install 'stripe-connector[temporal]'``): activities whose
  scope is the workflow and activity ids, final errors as non-retryable ``ApplicationError`` s, and a sandbox
  runner that passes the connector through Temporal's workflow sandbox.

What both share comes from below: which errors are final and the backoff from ``_http.retry`` (the connector's own
retry policy), the JSON details of an error from ``frontends.error_report`` (the CLI's and MCP server's shape).
"""
