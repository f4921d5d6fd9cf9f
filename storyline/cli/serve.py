"""`storyline serve`: browse stories, briefings, search and articles in a web browser."""

from __future__ import annotations

import click


@click.command(name="serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0 for the network).")
@click.option("--port", default=8321, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free one).")
@click.pass_context
def serve_command(ctx: click.Context, host: str, port: int) -> None:
    """Serve the store as a local web app: the story list, each story's HTML briefing, full-text search
    and the source articles with the cited passage highlighted. JSON under /api/. Ctrl-C stops it.

    \b
    Example:
      storyline --db demo.db serve --port 8321
    """
    from storyline.store import open_store
    from storyline.web import serve

    # fail now, with the store's own message, if the database is missing or unusable
    open_store(ctx.obj["db"], create=False).close()
    try:
        serve(
            ctx.obj["db"],
            host,
            port,
            ready=lambda url: click.echo(f"storyline serving {ctx.obj['db']} at {url}", err=True),
        )
    except OSError as exc:
        raise click.ClickException(
            f"cannot listen on {host}:{port} ({exc.strerror or exc}); choose another --port"
        ) from exc
    except KeyboardInterrupt:
        click.echo("stopped", err=True)


def register(cli: click.Group) -> None:
    """Add `serve`."""
    cli.add_command(serve_command)
