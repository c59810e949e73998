"""The ``stripe-connector`` command (``main``), one module a subcommand; ``python -m stripe_connector.cli``."""
