"""Organisation names compared as people mean them: "Fundacja Nasz Dom" and "Nasz Dom" are
the same group, whatever the case, accents or punctuation."""

import re
import unicodedata

# Words of a legal form, dropped when names are compared: "Fundacja Nasz Dom" and "Nasz Dom"
# are the same applicant.
LEGAL_FORMS = {
    "fundacja",
    "stowarzyszenie",
    "foundation",
    "association",
    "fund",
    "фонд",
    "фундація",
    "асоціація",
    "громадська",
    "організація",
    "група",
    "grupa",
    "group",
    "nieformalna",
    "informal",
    "неформальна",
}


def name_key(name):
    """A name without case, accents, punctuation or words of a legal form, for comparing."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(char for char in text if not unicodedata.combining(char))
    words = [word for word in re.split(r"[\W_]+", text) if word and word not in LEGAL_FORMS]
    return " ".join(words)[:255]
