"""The operation index: every Stripe operation of the connector's API version (see ``_index``). Kept empty: the
index loads on first use, never on ``import stripe_connector``."""
