"""The connector core: every constructor check (``config``) and the sans-IO core of a call (``base``). Kept empty."""
