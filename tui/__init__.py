"""The Textual terminal UI for quotes; talks to the core only through ``quotes.QuoteDB``."""
