"""Suite-wide set-up: keep Hypothesis's files out of the checkout (tests leave nothing behind but temp files)."""

import atexit
import os
import shutil
import tempfile

_hypothesis_dir = tempfile.mkdtemp(prefix="stripe-connector-hypothesis-")
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", _hypothesis_dir)
atexit.register(shutil.rmtree, _hypothesis_dir, ignore_errors=True)
