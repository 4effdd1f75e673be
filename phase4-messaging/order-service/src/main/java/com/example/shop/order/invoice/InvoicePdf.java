package com.example.shop.order.invoice;

import com.example.shop.common.Money;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Renders an invoice as a one-page PDF (OpenPDF): the order's lines, the total and how it was paid. */
final class InvoicePdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

    private InvoicePdf() {}

    static byte[] render(String number, InvoiceDraft draft, Instant issuedAt) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, pdf);
        document.addTitle("Invoice " + number);
        document.open();
        document.add(new Paragraph("Invoice " + number, TITLE));
        document.add(new Paragraph("Shop Example Ltd · shop.example.com", TEXT));
        document.add(new Paragraph(" "));
        document.add(new Paragraph("Issued: " + DAY.format(issuedAt), TEXT));
        document.add(new Paragraph("Order: " + draft.orderId() + " of " + DAY.format(draft.orderedAt()), TEXT));
        document.add(new Paragraph("Customer: " + draft.customerId(), TEXT));
        document.add(new Paragraph("Paid by: " + draft.paymentMethod(), TEXT));
        document.add(new Paragraph(" "));
        document.add(lines(draft));
        document.close();
        return pdf.toByteArray();
    }

    private static PdfPTable lines(InvoiceDraft draft) {
        PdfPTable table = new PdfPTable(new float[] {6, 1, 2, 2});
        table.setWidthPercentage(100);
        for (String heading : new String[] {"Product", "Qty", "Unit price", "Amount"}) {
            table.addCell(cell(heading, BOLD, Element.ALIGN_LEFT));
        }
        for (InvoiceDraft.Line line : draft.lines()) {
            table.addCell(cell(line.product(), TEXT, Element.ALIGN_LEFT));
            table.addCell(cell(String.valueOf(line.quantity()), TEXT, Element.ALIGN_RIGHT));
            table.addCell(cell(format(line.unitPrice()), TEXT, Element.ALIGN_RIGHT));
            table.addCell(cell(format(line.subtotal()), TEXT, Element.ALIGN_RIGHT));
        }
        PdfPCell totalLabel = cell("Total", BOLD, Element.ALIGN_LEFT);
        totalLabel.setColspan(3);
        table.addCell(totalLabel);
        table.addCell(cell(format(draft.total()), BOLD, Element.ALIGN_RIGHT));
        return table;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }

    private static String format(Money money) {
        return money.amount().toPlainString() + " " + money.currency();
    }
}
