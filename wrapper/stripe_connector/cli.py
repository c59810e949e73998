"""The ``stripe-connector`` command (``python -m stripe_connector.cli``); it lives in ``frontends.cli``."""

import sys

from .frontends.cli.main import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
