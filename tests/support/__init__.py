"""The suite's own helpers (Prism, canned answers, cassette recording, corpora); servers, doubles and launchers come
from the public testing kit, :mod:`stripe_connector.testing`."""
