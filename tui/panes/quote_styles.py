"""One palette command per citation style: "Citation style: APA" and so on, and "Citation
style: CSL ieee" for the Citation Style Language style of the settings, the one `c` reaches
after the five."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.settings import STYLE_NAMES, CitationStyle, Settings, cycle_csl_style, style_name


class CitationStyleCommands(Provider):
    """Choose the style quotes are copied in (`y`); the choice is saved in the settings."""

    def _commands(self) -> Iterator[tuple[str, str, CitationStyle]]:
        settings = getattr(self.app, "settings", None)
        csl_style = cycle_csl_style(settings) if isinstance(settings, Settings) else None
        styles = [*STYLE_NAMES, *([csl_style] if csl_style else [])]
        for style in styles:
            name = style_name(style)
            help_text = f"Copy quotes with {name} citations from now on (c cycles the styles)"
            yield f"Citation style: {name}", help_text, style

    async def _choose(self, style: CitationStyle) -> None:
        await self.app.run_action(f"set_citation_style({style!r})")

    async def discover(self) -> Hits:
        for name, help_text, style in self._commands():
            yield DiscoveryHit(name, partial(self._choose, style), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, style in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(
                    score, matcher.highlight(name), partial(self._choose, style), help=help_text
                )
