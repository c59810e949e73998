"""The one place for the version: the wheel's metadata (``[tool.hatch.version]``) and the User-Agent read it."""

__version__ = "0.1.0"
USER_AGENT = f"stripe-connector/{__version__} (python; httpx)"
