"""Serve stage: the FastAPI app (review workflow, monitoring and search endpoints)."""
