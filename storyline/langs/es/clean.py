"""Cleaning patterns for Spanish: cross-link labels, photo credits, boilerplate, date header labels."""

DEFAULT_TIMEZONE = "Europe/Madrid"
NUMERIC_DATE_ORDER = "DMY"

CROSS_LINK_LABELS = (
    r"lee también",
    r"leer también",
    r"lea también",
    r"te puede interesar",
    r"más información",
    r"ver también",
)
PHOTO_CREDIT_LABELS = (r"foto(?:grafía)?", r"imagen", r"fuente", r"vídeo")
PHOTO_CREDIT_PHRASES = ()
BOILERPLATE = (
    r"compartir(?: en [\w ]+)?",
    r"suscríbete[^.]{0,80}",
    r"(?:este sitio|esta web) utiliza cookies.*",
    r"publicidad",
    r"síguenos en [\w, ]+",
    r"recibe (?:el|nuestro) boletín.*",
    r"más información sobre:?",
    r"lo más (?:visto|leído).*",
    r"más leídas.*",
    r"ver lista completa",
    r"vea todos los blogs",
    r"hemos bloqueado los comentarios.*",
    r"temas del día",
    r"correo \(no será publicado\):?",
)
# Plain lower-case phrases found anywhere in a short line: "© 2020 Some Outlet. Todos los derechos reservados. Privacy policy".
BOILERPLATE_PHRASES = ("todos los derechos reservados",)
# Followed by social network names on one line: "Udostępnij: Facebook | X | E-mail".
SHARE_LABELS = (
    r"compartir",
    r"síguenos",
)
PUBLISHED_LABELS = (r"publicado(?: el)?",)
UPDATED_LABELS = (r"actualizado(?: el)?", r"última actualización")
DATE_LABELS = (r"fecha",)
DATE_CONNECTORS = (r"a las", r"el", r"-")
DATE_SUFFIXES = (r"h",)

# A story's title (storyline/stories/catalog.py `_key_phrase`) starts where an untitled article's news starts. Read
# case-insensitively at a line's start: BYLINE_LABELS introduce its author ("By Richard Black", "by : Phil Keating");
# BYLINE_STAFF ends a byline that names a desk, not a person ("By the CNN Wire Staff"); CORRECTION_OPENINGS open a
# correction or editor's note ("This article misstated the first name of …"); SHARE_PROMPTS a share widget's line
# ("Copy the URL and paste into your emails …"). PAGE_BUTTONS: a button's label as written right after a page's time
# stamp ("6 January 2011 Last updated at 17:03 GMT Help A US report …").
BYLINE_LABELS = (r"por", r"autor(?:a)?\s*:")
BYLINE_STAFF = (r"redacción", r"agencias")
CORRECTION_OPENINGS = (
    r"fe de (?:errores|erratas)\s*:?",
    r"corrección\s*:",
    r"nota de la redacción\s*:",
    r"una versión anterior de est[ea]",
)
SHARE_PROMPTS = (r"copiar (?:el )?enlace", r"compartir (?:este artículo|esta noticia)")
PAGE_BUTTONS = ("Ayuda", "Compartir", "Imprimir")
