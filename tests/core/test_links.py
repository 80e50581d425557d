"""Only web and mail links are live; everything else a file may carry stays text."""

from __future__ import annotations

import pytest

from explorer.core.links import is_live_link


@pytest.mark.parametrize(
    "url",
    [
        "https://en.wikipedia.org/wiki/Belovezha_Accords",
        "http://example.org/a?b=c#d",
        "HTTPS://EXAMPLE.ORG",
        "mailto:someone@example.org",
    ],
)
def test_web_and_mail_links_are_live(url: str) -> None:
    assert is_live_link(url)


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "data:text/html,<b>x</b>",
        "/some/local.png",
        "ftp://example.org/file",
        "https://",
        "https://exa\nmple.org",
        "mailto:",
        "",
        "http://[::1",
    ],
)
def test_other_links_stay_text(url: str) -> None:
    assert not is_live_link(url)


@pytest.mark.parametrize("url", ['https://example.org/"><script>', "https://example.org/a b"])
def test_a_link_that_would_break_out_of_markup_is_not_live(url: str) -> None:
    assert not is_live_link(url)
