/**
 * Hand-placed PDF layout for letters on PDFBox 3: the fonts (parsed once per worker), line
 * breaking for Chinese and Latin text, a page flow with page breaks and page numbers, tables that
 * break across pages with their header repeated, a vector QR code, and PDF/A-3u conformance.
 * Nothing here is thread-safe: each worker owns its own {@link org.redress.letters.pdf.TypeFaces}.
 */
@NullMarked
package org.redress.letters.pdf;

import org.jspecify.annotations.NullMarked;
