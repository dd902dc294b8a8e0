/**
 * The situation-analysis report (docs/report.md): figures gathered through the same application layer as the API
 * ({@link org.dostap.web.analysis.AccessAnalysis}), composed once into a {@link org.dostap.web.report.ReportDocument}
 * (headings, text, tables, pictures) and written as an editable DOCX (Apache POI) or a PDF with embedded DejaVu fonts
 * (OpenPDF). Maps are drawn server-side with Java2D from JTS geometries; charts with JFreeChart.
 */
package org.dostap.web.report;
