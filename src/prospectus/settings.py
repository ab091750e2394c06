"""Settings from the environment and ``.env`` (prefix ``PROSPECTUS_``).

Built once at an entry point (the command line, a flow) and turned into the
typed options each library function takes; library code never reads settings.
``.env.example`` lists every field here with its default (a test keeps them in step).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every setting prospectus reads, with its default."""

    model_config = SettingsConfigDict(
        env_prefix="PROSPECTUS_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    data_dir: Path = Field(Path("data"), description="Where runs write: database, archive, state.")
    db: Path = Field(Path("data/prospectus.duckdb"), description="The DuckDB file.")
    raw_dir: Path = Field(Path("data/raw"), description="WARC archive of every response.")
    user_agent: str = Field(
        "prospectus/0.1 (+https://example.org/prospectus-bot)",
        description="User-Agent sent with every request, with a contact URL.",
    )
    crawl_delay: float = Field(
        1.0,
        description="Seconds between requests to one host "
        "(robots.txt Crawl-delay wins when larger).",
    )
    max_crawl_delay: float = Field(
        10.0, description="Longest robots.txt Crawl-delay honoured (seconds); longer is capped."
    )
    crawl_transport: str = Field(
        "aiohttp", description="HTTP client for crawling: aiohttp (faster) or httpx."
    )
    max_attempts: int = Field(3, description="Tries per URL on timeouts, 5xx and 429/503.")
    per_host_concurrency: int = Field(2, description="Requests in flight per host.")
    concurrency: int = Field(16, description="Requests in flight overall.")
    request_timeout: float = Field(20.0, description="Seconds before a request is abandoned.")
    max_body_bytes: int = Field(5_000_000, description="Largest body read (after decompression).")
    max_pages: int = Field(10_000, description="Pages fetched per crawl at most.")
    max_depth: int = Field(8, description="Links followed from a start URL at most.")
    batch_size: int = Field(50, description="Pages extracted and loaded per batch.")
    task_runner: str = Field("thread", description="Prefect task runner: thread or dask.")
    dask_address: str | None = Field(
        None,
        description="Dask scheduler to use; none starts a local cluster when task_runner is dask.",
    )
    schedule_cron: str = Field("0 6 * * 1", description="When `prospectus schedule` runs crawls.")
    start_urls: str = Field("", description="Comma-separated start URLs for scheduled crawls.")
    log_level: str = Field("INFO", description="Log level for the command line.")
