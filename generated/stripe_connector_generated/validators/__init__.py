"""Each tool's argument validator, compiled ahead of time by codegen/build_tools.py."""
