"""The working group's Ed25519 signing key: where it lives, creating it, signing with it.

The key never enters the database (whoever can rewrite the database must not be able to
sign). Its file is the one TANDEM_KEY_FILE names or, for a SQLite database, the database's
file name with `.key` added (`tandem.db` → `tandem.db.key`). A PostgreSQL database needs
TANDEM_KEY_FILE. The file holds the private key as PEM (PKCS #8, unencrypted, mode 0600):
`openssl pkey -in tandem.db.key -pubout` reads it. Public keys and signatures are shown as
lower-case hex: the 32-byte public key of RFC 8032 and the 64-byte Ed25519 signature.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tandem.domain.errors import InvalidInput, TandemError
from tandem.store.database import sqlite_path

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

KEY_FILE_ENV = "TANDEM_KEY_FILE"


class KeyUnavailable(TandemError):
    status = 409
    title = "Signing key unavailable"


def key_path(url: str) -> Path | None:
    """Where the key of the database at `url` lives; None when nothing says (PostgreSQL)."""
    named = os.environ.get(KEY_FILE_ENV)
    if named:
        return Path(named)
    found = sqlite_path(url)
    return None if found is None else Path(f"{found}.key")


def no_key_location(url: str) -> KeyUnavailable:
    return KeyUnavailable(
        "this database is not a SQLite file, so Tandem cannot keep the signing key beside "
        f"it; set {KEY_FILE_ENV} to the key's file (outside the database), e.g. "
        f"{KEY_FILE_ENV}=/etc/tandem/group.key"
    )


@dataclass(frozen=True)
class SigningKey:
    path: Path
    private: Ed25519PrivateKey

    @property
    def public_hex(self) -> str:
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        return self.private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()

    def sign(self, data: bytes) -> str:
        return self.private.sign(data).hex()


def create_key(path: Path) -> SigningKey:
    """Write a new key to `path` (never over an existing file)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return load_key(path)
    except OSError as exc:
        raise KeyUnavailable(f"cannot create the signing key {path}: {exc.strerror}") from exc
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    return SigningKey(path, private)


def load_key(path: Path) -> SigningKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise KeyUnavailable(f"the signing key {path} does not exist") from exc
    except OSError as exc:
        raise KeyUnavailable(f"cannot read the signing key {path}: {exc.strerror}") from exc
    try:
        private = load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise KeyUnavailable(
            f"{path} is not an unencrypted PEM private key; it should hold the group's "
            "Ed25519 key as written by `tandem init`"
        ) from exc
    if not isinstance(private, Ed25519PrivateKey):
        raise KeyUnavailable(f"{path} holds a key that is not Ed25519")
    return SigningKey(path, private)


def ensure_key(url: str) -> SigningKey | None:
    """The key of a database, created if missing; None when nothing says where it lives."""
    path = key_path(url)
    if path is None:
        return None
    return load_key(path) if path.exists() else create_key(path)


def existing_public_key(url: str) -> str | None:
    """The public key of the database's key file, if there is one to read."""
    path = key_path(url)
    if path is None or not path.exists():
        return None
    return load_key(path).public_hex


def parse_public_key(text: str) -> str:
    """A public key given by a person: 64 hex digits, or a file holding them (or PEM)."""
    value = text.strip()
    if _is_hex_key(value):
        return value.lower()
    path = Path(value).expanduser()
    if path.is_file():
        data = path.read_bytes()
        content = data.decode("utf-8", "replace").strip()
        if _is_hex_key(content):
            return content.lower()
        if content.startswith("-----BEGIN"):
            return _public_from_pem(data, path)
        raise InvalidInput(f"{path} does not hold an Ed25519 public key (64 hex digits or PEM)")
    raise InvalidInput(
        f"--key '{text}' is neither an Ed25519 public key in hex (64 digits, as `tandem head` "
        "prints it) nor a file that holds one"
    )


def _is_hex_key(value: str) -> bool:
    return len(value) == 64 and all(c in "0123456789abcdefABCDEF" for c in value)


def _public_from_pem(data: bytes, path: Path) -> str:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        PublicFormat,
        load_pem_private_key,
        load_pem_public_key,
    )

    try:
        key: object = load_pem_public_key(data)
    except ValueError:
        try:
            key = load_pem_private_key(data, password=None).public_key()
        except (ValueError, TypeError) as exc:
            raise InvalidInput(f"{path} is not a PEM key Tandem can read") from exc
    if isinstance(key, Ed25519PrivateKey):
        key = key.public_key()
    if not isinstance(key, Ed25519PublicKey):
        raise InvalidInput(f"{path} holds a key that is not Ed25519")
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def signature_valid(public_hex: str, signature_hex: str, data: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))
        public.verify(bytes.fromhex(signature_hex), data)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True
