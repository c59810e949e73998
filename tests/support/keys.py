"""The one API key of the test suite: test mode, with a distinctive part that tests search output, logs, errors
and files for (it must never appear there). Servers started by the tests accept any key."""

#: What must never appear anywhere, even with the well-known ``sk_test_`` prefix cut off.
SECRET_PART = "s3cr3tXYZ"
API_KEY = f"sk_test_{SECRET_PART}"
#: A live-mode key of the same shape, for the checks that refuse live mode unless asked.
LIVE_KEY = f"sk_live_{SECRET_PART}"
