"""types: call options and ``PreparedRequest``, the key's secrecy, ``CallResult``, the version, the one door into the
generated package, lazy names. Kept empty: the lowest layer."""
