"""Workflow-engine integrations, each an optional extra imported only when used.

* :mod:`stripe_connector.integrations.celery` (``pip install 'stripe-connector[celery]'``): a task per tool call
  whose idempotency scope is the task id, retrying what is retryable with the same key;
* :mod:`stripe_connector.integrations.temporal` (``pip install 'stripe-connector[temporal]'``): activities whose
  scope is the workflow and activity ids, final errors as non-retryable ``ApplicationError`` s, and a sandbox
  runner that passes the connector through Temporal's workflow sandbox.

What both share (which errors are final, their JSON details) is in :mod:`stripe_connector.integrations._errors`.
"""
