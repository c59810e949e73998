"""Runnable examples (`python examples/demo.py`) and the apps they start (`celery -A examples.celery_tasks`)."""
