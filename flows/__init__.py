"""Prefect flows over the prospectus library: thin, each task one call into the library."""
