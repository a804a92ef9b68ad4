"""The `tandem` command: Typer + Rich, thin over the services."""
