"""The tags of a page as a browser's tokenizer reads them: one small parser for the tests that
look for tags (the calendar links, the forms, the head's metadata, executable script), instead
of an HTMLParser subclass in each. A parser, not a regular expression, because an escaped
payload or a quoted attribute contains the same words as the tag it imitates."""

from dataclasses import dataclass
from html.parser import HTMLParser


@dataclass
class Tag:
    """A start tag: its name, its attributes as written (a bare one has the value None), and the
    text that follows it up to the next tag, with character references decoded (a script's or
    a JSON-LD block's content)."""

    name: str
    attributes: list
    text: str = ""

    @property
    def attrs(self):
        """The attributes by name; of a repeated one the first counts, as in a browser."""
        return dict(reversed(self.attributes))


class _Tokenizer(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.open = None

    def handle_starttag(self, tag, attrs):
        self.open = Tag(tag, attrs)
        self.tags.append(self.open)

    def handle_endtag(self, tag):
        self.open = None

    def handle_data(self, data):
        if self.open is not None:
            self.open.text += data


def start_tags(html, name=None):
    """Every start tag of `html` in document order, self-closing ones included (they get no
    text), or only those called `name`."""
    tokenizer = _Tokenizer()
    tokenizer.feed(html)
    tokenizer.close()
    return [tag for tag in tokenizer.tags if name is None or tag.name == name]
