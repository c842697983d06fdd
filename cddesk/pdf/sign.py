"""Signing the package PDF (pyHanko) with a visible Thai stamp, and checking a signature.

pyHanko's own stamp font prints Thai as garbage and its OpenType extra pins an older
uharfbuzz than reportlab's shaping uses; so the stamp is drawn by our own Thai renderer as
a one-page PDF (shaped, searchable) and imported as the signature's appearance
(``StaticStampStyle``). The check demands what a province needs: one signature, intact,
cryptographically valid, covering the **entire file** (junk appended after ``%%EOF`` still
validates as "entire revision" — refused here).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509

from cddesk.errors import KnownError
from cddesk.pdf import thai
from cddesk.pdf.printer import Printer
from cddesk.signing import Identity

FIELD = "CDDeskSignature"


def _stamp(path: Path, size: tuple[float, float], signer: str, position: str, office: str,
           when: dt.datetime, thai_digits: bool) -> None:
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    thai.register_fonts()
    p = Printer(thai_digits)
    w, h = size
    canvas = Canvas(str(path), pagesize=size, initialFontName=thai.FONT)
    canvas.setStrokeColor(colors.HexColor("#1F4E79"))
    canvas.setLineWidth(1.2)
    canvas.rect(1, 1, w - 2, h - 2)
    lines = [("ลงนามอิเล็กทรอนิกส์โดย", thai.FONT, 10), (signer or office, thai.FONT_BOLD, 13),
             (position, thai.FONT, 11), (office if signer else "", thai.FONT, 10),
             (f"{p.long_date(when.date())} เวลา {when:%H:%M} น.", thai.FONT, 10)]
    y = h - 16
    for text, font, size_pt in lines:
        if text:
            fitted = thai.wrap(p.text(text), font, size_pt, w - 14)[0]
            thai.draw(canvas, 7, y, fitted, font, size_pt, color=colors.HexColor("#1F4E79"))
            y -= size_pt * 1.3
    canvas.showPage()
    canvas.save()


def sign_pdf(data: bytes, identity: Identity, box: tuple[int, float, float, float, float], *, signer: str,
             position: str, office: str, reason: str, location: str, thai_digits: bool = True) -> bytes:
    """``data`` signed by ``identity`` with a visible stamp in ``box`` (page index, x1, y1, x2, y2)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.signers.pdf_cms import SimpleSigner
    from pyhanko.stamp import StaticStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    page, x1, y1, x2, y2 = box
    when = dt.datetime.now().astimezone()
    with tempfile.TemporaryDirectory(prefix="cddesk-stamp-") as folder:
        stamp = Path(folder) / "stamp.pdf"
        _stamp(stamp, (x2 - x1, y2 - y1), signer, position, office, when, thai_digits)
        from asn1crypto import keys as asn1_keys
        from asn1crypto import x509 as asn1_x509
        from cryptography.hazmat.primitives import serialization

        key_der = identity.key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                             serialization.NoEncryption())
        cms_signer = SimpleSigner(
            signing_cert=asn1_x509.Certificate.load(identity.cert.public_bytes(serialization.Encoding.DER)),
            signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
            cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
                [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in identity.chain]))
        writer = IncrementalPdfFileWriter(io.BytesIO(data))
        fields.append_signature_field(writer, fields.SigFieldSpec(
            FIELD, on_page=page, box=(round(x1), round(y1), round(x2), round(y2))))
        meta = signers.PdfSignatureMetadata(field_name=FIELD, reason=reason, location=location, name=signer or office)
        pdf_signer = signers.PdfSigner(meta, signer=cms_signer, stamp_style=StaticStampStyle.from_pdf_file(str(stamp)))
        out = io.BytesIO()
        pdf_signer.sign_pdf(writer, output=out)
    return out.getvalue()


@dataclass(frozen=True)
class PdfSignature:
    signer: x509.Certificate
    signed_at: dt.datetime | None


def verify_pdf(data: bytes) -> PdfSignature:
    """The one signature of a package PDF, checked; :class:`KnownError` (Thai) otherwise."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import async_validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except Exception as exc:  # any parse failure means the file is not a sound PDF
        raise KnownError(f"ไฟล์รายงาน PDF เสียหาย อ่านไม่ได้: {exc}") from None
    if len(signatures) != 1:
        raise KnownError(f"ไฟล์รายงาน PDF ต้องมีลายมือชื่ออิเล็กทรอนิกส์ 1 รายการ แต่พบ {len(signatures)} รายการ")
    embedded = signatures[0]
    # whom to trust is decided by cddesk.signing.trust_problem(); here only the signature counts
    carried = [c.chosen for c in embedded.signed_data["certificates"]]
    context = ValidationContext(trust_roots=carried, allow_fetching=False)
    try:
        status = asyncio.run(async_validate_pdf_signature(embedded, signer_validation_context=context))
    except Exception as exc:
        raise KnownError(f"ตรวจลายมือชื่อในไฟล์รายงาน PDF ไม่ได้: {exc}") from None
    if not (status.intact and status.valid):
        raise KnownError("ลายมือชื่อในไฟล์รายงาน PDF ไม่ถูกต้อง — เนื้อหาถูกแก้ไขหลังลงนาม")
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        raise KnownError("ลายมือชื่อในไฟล์รายงาน PDF ไม่ครอบคลุมทั้งไฟล์ — มีข้อมูลถูกเพิ่มต่อท้ายหลังลงนาม")
    cert = x509.load_der_x509_certificate(status.signing_cert.dump())
    return PdfSignature(cert, status.signer_reported_dt)
