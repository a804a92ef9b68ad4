"""The JSON HTTP API (FastAPI): thin over the services, like the CLI."""
