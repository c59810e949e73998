"""``python -m stripe_connector.cli``: the ``stripe-connector`` command."""

import sys

from .main import main

if __name__ == "__main__":
    sys.exit(main())
