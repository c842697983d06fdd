"""The office's signing identity and signatures it makes and checks.

- A district office creates its key and certificate on first export (RSA 2048, subject =
  office, province, district), kept as a passphrase-protected PKCS#12 in the data folder
  (``signing/office.p12``); the passphrase is never stored. Its certificate (public part)
  is exported once for the province. A province-issued PKCS#12 can be imported instead.
- A province office keeps a small certificate authority (``signing/province-root.p12``) and
  issues each district a PKCS#12 signed by its root; trusting the root trusts them all.
- :func:`sign_detached` makes the detached CMS signature of a package manifest;
  :func:`verify_detached` checks one (pyHanko; ``openssl cms -verify`` agrees) and returns
  the signer's certificate; :func:`trust_problem` says whether that certificate is trusted.
"""

from __future__ import annotations

import datetime as dt
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs7, pkcs12
from cryptography.x509.oid import NameOID

from cddesk.errors import KnownError
from cddesk.files import atomic_write

# Thai names are longer than 64 UTF-8 bytes but within RFC 5280's 64 characters.
warnings.filterwarnings("ignore", message="Attribute's length must be", category=UserWarning)

OFFICE_FILE = "office.p12"
ROOT_FILE = "province-root.p12"
MIN_PASSPHRASE = 8
YEARS = 10


class PassphraseError(KnownError):
    pass


@dataclass(frozen=True)
class Identity:
    key: Any  # an RSA private key
    cert: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()

    @property
    def subject(self) -> str:
        return common_name(self.cert)


def signing_dir(root: Path) -> Path:
    return Path(root) / "signing"


def common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()


def fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex()


def _name(common: str, province: str = "", district: str = "", unit: str = "กรมการพัฒนาชุมชน") -> x509.Name:
    # RFC 5280 allows 64 *characters*; cryptography counts UTF-8 bytes (Thai is 3 each).
    parts = [(NameOID.COUNTRY_NAME, "TH"), (NameOID.STATE_OR_PROVINCE_NAME, province),
             (NameOID.LOCALITY_NAME, district), (NameOID.ORGANIZATION_NAME, unit), (NameOID.COMMON_NAME, common)]
    return x509.Name([x509.NameAttribute(oid, value[:64], _validate=False) for oid, value in parts if value])


def _certificate(subject: x509.Name, key: Any, issuer: x509.Name, issuer_key: Any, *, ca: bool,
                 days: int) -> x509.Certificate:
    now = dt.datetime.now(dt.timezone.utc)
    usage = x509.KeyUsage(digital_signature=not ca, content_commitment=not ca, key_encipherment=False,
                          data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                          encipher_only=False, decipher_only=False)
    return (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None), critical=True)
            .add_extension(usage, critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(issuer_key, hashes.SHA256()))


def _check_passphrase(passphrase: str) -> bytes:
    if len(passphrase) < MIN_PASSPHRASE:
        raise PassphraseError(f"รหัสผ่านต้องยาวอย่างน้อย {MIN_PASSPHRASE} ตัวอักษร")
    return passphrase.encode("utf-8")


def p12_bytes(identity: Identity, passphrase: str, friendly: str) -> bytes:
    return pkcs12.serialize_key_and_certificates(
        friendly.encode("utf-8"), identity.key, identity.cert, list(identity.chain) or None,
        serialization.BestAvailableEncryption(_check_passphrase(passphrase)))


def read_p12(data: bytes, passphrase: str) -> Identity:
    """A PKCS#12 opened with its passphrase; a clear Thai message when either is wrong."""
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, passphrase.encode("utf-8"))
    except ValueError:
        raise PassphraseError("เปิดใบรับรองไม่ได้: รหัสผ่านไม่ถูกต้อง หรือไฟล์ไม่ใช่ PKCS#12 (.p12) — "
                              "ตรวจรหัสผ่านแล้วลองอีกครั้ง") from None
    if key is None or cert is None:
        raise KnownError("ไฟล์ .p12 นี้ไม่มีกุญแจส่วนตัวหรือใบรับรอง ขอไฟล์ที่ถูกต้องจากจังหวัด")
    return Identity(key, cert, tuple(extra or ()))


def new_identity(common: str, province: str, district: str, *, issuer: Identity | None = None,
                 ca: bool = False, days: int = 365 * YEARS) -> Identity:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = _name(common, province, district)
    if issuer is None:
        return Identity(key, _certificate(subject, key, subject, key, ca=ca, days=days))
    cert = _certificate(subject, key, issuer.cert.subject, issuer.key, ca=ca, days=days)
    return Identity(key, cert, (issuer.cert,))


# --- the office's identity, on disk ----------------------------------------------------------

def identity_path(root: Path, filename: str = OFFICE_FILE) -> Path:
    return signing_dir(root) / filename


def has_identity(root: Path, filename: str = OFFICE_FILE) -> bool:
    return identity_path(root, filename).is_file()


def save_identity(root: Path, identity: Identity, passphrase: str, filename: str = OFFICE_FILE) -> Path:
    data = p12_bytes(identity, passphrase, identity.subject)
    path = identity_path(root, filename)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, lambda temp: Path(temp).write_bytes(data))
    # the public certificate beside it, readable without the passphrase (status, export)
    pem = certificate_pem(identity.cert)
    atomic_write(path.with_suffix(".pem"), lambda temp: Path(temp).write_bytes(pem))
    return path


def stored_certificate(root: Path, filename: str = OFFICE_FILE) -> x509.Certificate | None:
    """The office's certificate (public part) without asking for the passphrase."""
    pem = identity_path(root, filename).with_suffix(".pem")
    return read_certificate(pem.read_bytes()) if pem.is_file() else None


def create_identity(root: Path, passphrase: str, office: str, province: str, district: str) -> Identity:
    """First export: the office's own key and self-signed certificate."""
    if has_identity(root):
        raise KnownError("สำนักงานมีใบรับรองสำหรับลงนามอยู่แล้ว")
    _check_passphrase(passphrase)
    identity = new_identity(office, province, district)
    save_identity(root, identity, passphrase)
    return identity


def load_identity(root: Path, passphrase: str, filename: str = OFFICE_FILE) -> Identity:
    path = identity_path(root, filename)
    if not path.is_file():
        raise KnownError("ยังไม่มีใบรับรองสำหรับลงนาม — สร้างใหม่ หรือนำเข้าไฟล์ .p12 ที่จังหวัดออกให้")
    return read_p12(path.read_bytes(), passphrase)


def import_identity(root: Path, p12_file: Path, passphrase: str) -> Identity:
    """A province-issued PKCS#12 replaces the office's own identity (kept with the same
    passphrase; the old file is kept as ``office.p12.old``)."""
    identity = read_p12(Path(p12_file).read_bytes(), passphrase)
    current = identity_path(root)
    if current.is_file():
        current.replace(current.with_suffix(".p12.old"))
    save_identity(root, identity, passphrase)
    return identity


def certificate_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def read_certificate(data: bytes) -> x509.Certificate:
    try:
        return x509.load_pem_x509_certificate(data) if b"-----BEGIN" in data else x509.load_der_x509_certificate(data)
    except ValueError:
        raise KnownError("ไฟล์นี้ไม่ใช่ใบรับรอง (.pem หรือ .cer) ที่อ่านได้") from None


# --- signatures ----------------------------------------------------------------------------

def sign_detached(identity: Identity, data: bytes) -> bytes:
    """Detached CMS (PKCS#7) signature of ``data``, DER, with the signer's certificates."""
    builder = pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(identity.cert, identity.key, hashes.SHA256())
    for extra in identity.chain:
        builder = builder.add_certificate(extra)
    return builder.sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary])


def verify_detached(signature: bytes, data: bytes) -> x509.Certificate:
    """Check a detached CMS signature over ``data``; returns the signer's certificate.
    Raises :class:`KnownError` (Thai) when the signature does not match the data."""
    import asyncio

    from asn1crypto import cms
    from pyhanko.sign.validation.generic_cms import async_validate_detached_cms
    from pyhanko_certvalidator import ValidationContext

    try:
        signed = cms.ContentInfo.load(signature)["content"]
        # Whom to trust is decided by trust_problem(); here only the signature itself counts.
        carried = [c.chosen for c in signed["certificates"]]
        context = ValidationContext(trust_roots=carried, allow_fetching=False)
        status = asyncio.run(async_validate_detached_cms(data, signed, signer_validation_context=context))
    except Exception as exc:  # malformed DER, unknown algorithm …: all mean "not a valid signature"
        raise KnownError(f"ลายมือชื่ออิเล็กทรอนิกส์ของรายการไฟล์ (manifest) อ่านไม่ได้: {exc}") from None
    if not (status.intact and status.valid):
        raise KnownError("ลายมือชื่อของรายการไฟล์ (manifest) ไม่ตรงกับเนื้อหา — รายการไฟล์ถูกแก้ไขหลังลงนาม")
    return x509.load_der_x509_certificate(status.signing_cert.dump())


def trust_problem(cert: x509.Certificate, trusted: list[x509.Certificate], roots: list[x509.Certificate],
                  at: dt.datetime | None = None) -> str | None:
    """None when ``cert`` is trusted at ``at`` (registered itself, or issued by a trusted
    root); otherwise the reason in Thai."""
    at = at or dt.datetime.now(dt.timezone.utc)
    if at > cert.not_valid_after_utc:
        return f"ใบรับรองของผู้ลงนาม «{common_name(cert)}» หมดอายุแล้วเมื่อ {cert.not_valid_after_utc:%Y-%m-%d}"
    if at < cert.not_valid_before_utc:
        return f"ใบรับรองของผู้ลงนาม «{common_name(cert)}» ยังไม่เริ่มใช้ได้"
    if fingerprint(cert) in {fingerprint(t) for t in trusted}:
        return None
    for root in roots:
        try:
            cert.verify_directly_issued_by(root)
        except (ValueError, TypeError, InvalidSignature):  # not issued by this root
            continue
        if root.not_valid_before_utc <= at <= root.not_valid_after_utc:
            return None
    return (f"ไม่รู้จักใบรับรองของผู้ลงนาม «{common_name(cert)}» — ลงทะเบียนใบรับรองของอำเภอนี้ก่อน "
            "หรือออกใบรับรองให้อำเภอจากจังหวัด")
