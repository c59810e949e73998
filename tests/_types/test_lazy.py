"""``LazyModule``: a module the call path needs is loaded on the first call, not by ``import stripe_connector``,
and then takes its stand-in's place, so no later call pays an import."""

from __future__ import annotations

import subprocess
import sys
import types

import pytest
from stripe_connector._types.lazy import LazyModule


def test_the_first_attribute_read_imports_the_module_and_replaces_the_stand_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    owner = types.ModuleType("owner_of_a_stand_in")
    monkeypatch.setitem(sys.modules, owner.__name__, owner)
    stand_in = LazyModule(owner.__name__, "encoding", "stripe_connector._request.encoding")
    owner.encoding = stand_in  # type: ignore[attr-defined]
    assert repr(stand_in) == "<stripe_connector._request.encoding, imported on first use>"
    encode_form = stand_in.encode_form
    import stripe_connector._request.encoding as real

    assert encode_form is real.encode_form
    assert owner.encoding is real


def test_a_missing_name_is_the_modules_own_attribute_error(monkeypatch: pytest.MonkeyPatch) -> None:
    owner = types.ModuleType("another_owner")
    monkeypatch.setitem(sys.modules, owner.__name__, owner)
    stand_in = LazyModule(owner.__name__, "json", "json")
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = stand_in.no_such_name


def test_the_call_path_modules_load_with_the_first_call_not_with_the_import() -> None:
    code = (
        "import sys\n"
        "from stripe_connector import StripeConnector\n"
        "late = ['stripe_connector._request.validation', 'stripe_connector._request.encoding',\n"
        "        'stripe_connector._request.idempotency', 'stripe_connector._http.answer',\n"
        "        'stripe_connector.tools.catalogue']\n"
        "print(sorted(m for m in late if m in sys.modules))\n"
        "StripeConnector('sk_test_' + 'x' * 24).dry_run('create_customer', {'name': 'a'})\n"
        "from stripe_connector._request import prepare\n"
        "print(sorted(m for m in late if m in sys.modules))\n"
        "print(type(prepare.validation).__name__, type(prepare.form_encoding).__name__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    before, after, kinds = done.stdout.splitlines()
    assert before == "[]"
    assert "stripe_connector._request.validation" in after and "stripe_connector._request.encoding" in after
    assert kinds == "module module"
