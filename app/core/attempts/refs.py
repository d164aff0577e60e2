"""The key of a kiosk's hashed contacts; the contacts themselves are ``ContactRef`` (app/core/contact/identity.py)."""

from __future__ import annotations

import secrets


def new_contact_key() -> bytes:
    """A fresh random key for hashing contacts on a kiosk (IT keeps a lasting one in contact.key)."""
    return secrets.token_bytes(32)
