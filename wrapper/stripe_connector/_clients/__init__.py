"""The two connectors: ``StripeConnector`` (``sync_client``) and ``AsyncStripeConnector`` (``async_client``). Kept
empty."""
