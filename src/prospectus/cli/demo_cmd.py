"""``prospectus demo serve``: the bundled demo site on loopback, until interrupted."""

from __future__ import annotations

import time
from typing import Annotated

import typer
from rich.console import Console

from prospectus.cli import app

demo_app = typer.Typer(
    help="The bundled demo site of three fictional training providers: with no command, "
    "serve it on 127.0.0.1 and crawl it through the flow (the same as 'demo run')."
)
app.add_typer(demo_app, name="demo")


@demo_app.callback(invoke_without_command=True)
def demo_default(ctx: typer.Context) -> None:
    """Without a command, ``prospectus demo`` is ``prospectus demo run`` (the main job)."""
    if ctx.invoked_subcommand is None:
        from prospectus.cli.run_cmd import demo_run_command

        ctx.invoke(demo_run_command)


@demo_app.command("serve")
def serve_command(
    port: Annotated[
        int,
        typer.Option(
            "--port",
            help="First port; providers get PORT, PORT+1, PORT+2 (0: any free ports).",
        ),
    ] = 0,
) -> None:
    """Serve the demo site and print its start URLs; Ctrl-C stops it."""
    from prospectus.demo.server import DemoSite

    site = DemoSite()
    ports = {slug: port + i for i, slug in enumerate(site.providers)} if port else None
    site = DemoSite(ports=ports).start()
    console = Console()
    for slug, origin in site.origins.items():
        console.print(f"{slug:10} {origin}/")
    console.print("start URLs: " + " ".join(site.start_urls))
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        site.stop()
