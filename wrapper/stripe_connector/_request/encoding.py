"""Stripe's form encoding, for bodies and query strings alike.

There is one encoder: the one the generated client's endpoints use (written by our template into the generated
``types`` module). The wrapper and ``raw_request`` re-use it rather than keep a second copy that could drift.
"""

from .._types.from_spec import form_encoder

encode_form, form_pairs = form_encoder()

__all__ = ["encode_form", "form_pairs"]
